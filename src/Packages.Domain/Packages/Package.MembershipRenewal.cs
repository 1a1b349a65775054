using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// Renewing a membership (docs/rules.md "Memberships"): at each period's end the renewal records, on the ending period, a
/// move of its carried-over sessions (none allowed or none left: an empty move) to the next period's package id, and the
/// next period is created from that record alone: the same three crash-safe writes as a move of sessions
/// (<see cref="ReceiveSessions"/>). So a period is invoiced exactly once: only the first create under its id stands.
/// </summary>
public sealed partial class Package
{
    /// <summary>
    /// The renewal's first write, on the period that ends: once its period is over (<see cref="MembershipPeriod.RenewsAt"/>)
    /// it records the move of up to the plan's rollover of its unused sessions (only if it was fully paid when it ended) to
    /// the next period and expires; or, when a cancel ends the membership here, it only ends. Both count for the liability at
    /// the period's last instant. Returns the move to create the next period from, or null when none follows; repeating it
    /// returns the move already recorded.
    /// </summary>
    public SessionTransfer? Renew(DateTimeOffset now)
    {
        if (Renewal is { } recorded)
        {
            return recorded;
        }

        if (Membership is not { RenewsAt: { } due } m || now < due)
        {
            return null;
        }

        var lastInstant = due.AddTicks(-1);
        RecognizeUpTo(due, now); // an unlimited period has used all its days, month by month
        m = Membership!;
        if (m.EndsAfterPeriod is { } last && last <= m.Period)
        {
            EndMembership("cancelled", now);
            ExpireIfDue(now);
            return null;
        }

        var rolled = Status == PackageStatus.Active && PaidBefore(due).IsAtLeast(Terms.Price) ? Math.Min(m.Plan.RolloverMax, SessionsRemaining) : 0;
        var transfer = new SessionTransfer(m.NextPeriodId, ClientId, LastFreeSlots(rolled), now, Actor.System.ToString(), "renewal");
        _transfersOut.Add(transfer);
        Membership = m with { RenewsAt = null };
        if (rolled > 0)
        {
            RecordMovedOut(transfer, "rollover", now, lastInstant);
        }

        ExpireIfDue(now);
        return transfer;
    }

    /// <summary>
    /// The renewal's second write: the next period, built from the move <paramref name="renewal"/> recorded on
    /// <paramref name="ending"/>. Its carried sessions enter the liability at the instant they left the ending period.
    /// </summary>
    public static Package OpenNextPeriod(Package ending, SessionTransfer renewal)
    {
        var m = ending.Membership!;
        var rolledValues = renewal.Slots.Order().Select(ending.Terms.SessionValue).ToArray();
        var own = ending.Terms.WithoutRollover(m.RolledOver);
        var next = m with
        {
            Period = m.Period + 1, RenewsAt = null, GraceEndsAt = null, PastDueSince = null, RolledOver = rolledValues.Length, StartShiftDays = m.EndShiftDays,
            RecognizedMinor = 0, RecognizedThrough = null, DueOn = default,
        };
        PaymentEntry[] paid = rolledValues.Length == 0 ? []
            : [new PaymentEntry($"rollover:{ending.Id}", rolledValues.Aggregate((a, b) => a.Add(b)), PaymentState.Applied, renewal.At)];
        return OpenPeriod(renewal.ToPackageId, ending.ClinicId, ending.ClientId, ending.OfferId, own.WithRollover(rolledValues), ending.TimeZoneId, next,
            paid, ending.Reminders, ending.Id, [.. ending._beneficiaries], Actor.System, renewal.At, ending.FreezesCountingFrom(next.StartsOn.Year),
            ending.ExpiresAt?.AddTicks(-1));
    }

    /// <summary>Deleting, cancelling or refunding the current period ends the membership with it (no later period is invoiced).</summary>
    private void EndMembershipWithPeriod(DateTimeOffset now)
    {
        if (Membership is { RenewsAt: not null })
        {
            EndMembership("closed", now);
        }
    }

    private void EndMembership(string reason, DateTimeOffset now)
    {
        var m = Membership!;
        Membership = m with { RenewsAt = null };
        Record(new PackageEvent(now, Actor.System.ToString(), PackageEventKind.MembershipEnded, m.MembershipId) { ExpiresOn = m.LastDay, Reason = reason });
        Raise(new MembershipEnded(m.MembershipId, m.Period, m.LastDay, reason), now);
    }

    /// <summary>What was applied before <paramref name="instant"/> and not taken back since: a period's payment "when it ended".</summary>
    private Money PaidBefore(DateTimeOffset instant) =>
        _payments.Where(p => p.State == PaymentState.Applied && p.RecordedAt < instant)
                 .Aggregate(Money.Zero(Terms.Price.Currency), (sum, p) => sum.Add(p.Amount));

    /// <summary>This period's freezes that reach <paramref name="year"/> or later: the next period counts them against the plan's days per year.</summary>
    private PackageFreeze[] FreezesCountingFrom(int year) =>
        [.. _freezes.Where(f => f.Days > 0 && f.Until.Year >= year).TakeLast(MaxFreezes / 2).Select(f => f with { PushedDays = 0 })];

    /// <summary>
    /// After a freeze of the current period pushed its last day (or an early end gave days back): the next renewal, and every
    /// later period, move by as many days.
    /// </summary>
    private void FollowFreezeInMembership(DateOnly? previousLastDay)
    {
        if (Membership is not { RenewsAt: not null } m || ExpiresOn is not { } last || previousLastDay is not { } previous)
        {
            return;
        }

        Membership = m with
        {
            EndShiftDays = m.EndShiftDays + (last.DayNumber - previous.DayNumber),
            RenewsAt = Clinics.ClinicCalendar.StartOfDay(last.AddDays(1), Clinics.ClinicCalendar.FindZone(TimeZoneId)),
        };
    }
}
