using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// A package that is one period of a membership (<see cref="MembershipPeriod"/>, docs/rules.md "Memberships"). Enrolment
/// opens period 1; at each period's end the renewal records, on the ending period, a move of its carried-over sessions
/// (none allowed or none left: an empty move) to the next period's package id, and the next period is created from that
/// record alone, the same three crash-safe writes as a move of sessions (<see cref="ReceiveSessions"/>). So a period is
/// invoiced exactly once: only the first create under its id stands.
/// </summary>
public sealed partial class Package
{
    public MembershipPeriod? Membership { get; private set; }

    /// <summary>Opens period 1 of a new membership <paramref name="membershipId"/> on today's date in the clinic's calendar.</summary>
    public static Result<Package> Enrol(string membershipId, string clientId, Offer offer, Clinic clinic, Actor actor, DateTimeOffset now)
    {
        var terms = offer.TermsForEnrolment();
        if (!terms.IsSuccess)
        {
            return terms.Error!;
        }

        var plan = offer.Membership!;

        var anchor = ClinicCalendar.LocalDate(now, clinic.TimeZone);
        if (!plan.EndsInCalendar(anchor, 1))
        {
            return DomainError.Validation("offerId", ClinicCalendar.RangeMessage);
        }

        var membership = new MembershipPeriod(membershipId, 1, plan, anchor, clinic.MembershipGraceDays, null);
        return OpenPeriod(MembershipPeriod.PackageIdOf(membershipId, 1), clinic.Id, clientId, offer.Id, terms.Value, clinic.TimeZoneId, membership,
            [], clinic.Reminders, null, [], actor, now);
    }

    /// <summary>
    /// A patient enrols online (the plan is sold online), for themselves or as a gift: period 1 is an online purchase,
    /// held unpaid as a package bought online is (<see cref="BuyOnline"/>); cancelled at the hold's end, it ends the membership.
    /// </summary>
    public static Result<Package> EnrolOnline(string membershipId, string buyerClientId, string ownerClientId, Offer offer, Clinic clinic, DateTimeOffset now)
    {
        var enrolled = Enrol(membershipId, ownerClientId, offer, clinic, new Actor(buyerClientId, "patient"), now);
        if (!enrolled.IsSuccess)
        {
            return enrolled;
        }

        var online = Rehydrate(enrolled.Value.ToSnapshot() with { PurchasedBy = buyerClientId, HoldUntil = now + clinic.OnlinePurchases.Hold });
        var own = online.Terms.WithoutRollover(0);
        online.Raise(new PackagePurchaseRequested(buyerClientId, ownerClientId, own.Price, online.Id, online.HoldUntil!.Value), now);
        return online;
    }

    /// <summary>
    /// The renewal's first write, on the period that ends: once its period is over (<see cref="MembershipPeriod.RenewsAt"/>)
    /// it records the move of up to the plan's rollover of its unused sessions (only if it was fully paid) to the next
    /// period and expires; or, when a cancel ends the membership here, it only ends. Returns the move to create the next
    /// period from, or null when none follows; repeating it returns the move already recorded.
    /// </summary>
    public SessionTransfer? Renew(DateTimeOffset now)
    {
        if (Membership is not { } m)
        {
            return null;
        }

        if (_transfersOut.FirstOrDefault(t => t.ToPackageId == m.NextPeriodId) is { } recorded)
        {
            return recorded;
        }

        if (m.RenewsAt is not { } due || now < due)
        {
            return null;
        }

        if (m.EndsAfterPeriod is { } last && last <= m.Period)
        {
            EndMembership("cancelled", now);
            ExpireIfDue(now);
            return null;
        }

        var rolled = Status == PackageStatus.Active && IsFullyPaid ? Math.Min(m.Plan.RolloverMax, SessionsRemaining) : 0;
        var taken = TakenSlots();
        int[] slots = [.. Enumerable.Range(0, Terms.Sessions).Where(s => !taken.Contains(s)).TakeLast(rolled)];
        var transfer = new SessionTransfer(m.NextPeriodId, ClientId, slots, now, Actor.System.ToString(), "renewal");
        _transfersOut.Add(transfer);
        Membership = m with { RenewsAt = null };
        if (rolled > 0)
        {
            var value = Terms.ValueOf(slots);
            Record(new PackageEvent(now, Actor.System.ToString(), PackageEventKind.SessionsTransferredOut, m.NextPeriodId)
            {
                ClientId = ClientId, Sessions = rolled, Amount = value, Reason = "rollover",
            });
            Raise(new SessionsTransferredOut(m.NextPeriodId, ClientId, rolled, value, "rollover"), now);
        }

        ExpireIfDue(now);
        return transfer;
    }

    /// <summary>The renewal's second write: the next period, built from the move <paramref name="renewal"/> recorded on <paramref name="ending"/>.</summary>
    public static Package OpenNextPeriod(Package ending, SessionTransfer renewal)
    {
        var m = ending.Membership!;
        var rolledValues = renewal.Slots.Order().Select(ending.Terms.SessionValue).ToArray();
        var own = ending.Terms.WithoutRollover(m.RolledOver);
        var next = m with
        {
            Period = m.Period + 1, RenewsAt = null, GraceEndsAt = null, PastDueSince = null, RolledOver = rolledValues.Length, StartShiftDays = m.EndShiftDays,
        };
        PaymentEntry[] paid = rolledValues.Length == 0 ? []
            : [new PaymentEntry($"rollover:{ending.Id}", rolledValues.Aggregate((a, b) => a.Add(b)), PaymentState.Applied, renewal.At)];
        return OpenPeriod(renewal.ToPackageId, ending.ClinicId, ending.ClientId, ending.OfferId, own.WithRollover(rolledValues), ending.TimeZoneId, next,
            paid, ending.Reminders, ending.Id, [.. ending._beneficiaries], Actor.System, renewal.At, ending.FreezesCountingFrom(next.StartsOn.Year));
    }

    /// <summary>Timer: a period still unpaid when its grace ends becomes past due. Returns whether it changed.</summary>
    public bool CheckGrace(DateTimeOffset now)
    {
        if (Membership is not { GraceEndsAt: { } graceEnd } m || now < graceEnd)
        {
            return false;
        }

        Membership = m with { GraceEndsAt = null };
        if (!IsFullyPaid && Status is PackageStatus.Active or PackageStatus.Expired)
        {
            MarkPastDue(now);
        }

        return true;
    }

    /// <summary>
    /// Staff end the membership after the current period, or after the plan's minimum term if that is later; its last
    /// period is the last invoiced. Returns false when that end is already scheduled.
    /// </summary>
    public Result<bool> ScheduleMembershipEnd(string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckCurrentPeriod(reason) is { } refusal)
        {
            return refusal;
        }

        var m = Membership!;
        var last = Math.Max(m.Period, m.Plan.MinimumPeriods);
        if (m.EndsAfterPeriod == last)
        {
            return false;
        }

        Membership = m with { EndsAfterPeriod = last };
        var endsOn = m.LastDayOf(last);
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.CancellationScheduled, m.MembershipId) { Sessions = last, ExpiresOn = endsOn, Reason = reason });
        Raise(new MembershipCancellationScheduled(m.MembershipId, last, endsOn, reason!), now);
        return true;
    }

    /// <summary>Staff withdraw a scheduled end before it takes effect. Returns false when none was scheduled.</summary>
    public Result<bool> ResumeMembership(string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckCurrentPeriod(reason) is { } refusal)
        {
            return refusal;
        }

        var m = Membership!;
        if (m.EndsAfterPeriod is null)
        {
            return false;
        }

        Membership = m with { EndsAfterPeriod = null };
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Resumed, m.MembershipId) { Reason = reason });
        Raise(new MembershipResumed(m.MembershipId, m.Period, reason!), now);
        return true;
    }

    /// <summary>Refuses what would change a period's dates, owner or sessions outside the membership's own rules.</summary>
    private DomainError? CheckNotMembershipPeriod() => Membership is { } m ? MembershipErrors.ManagedByMembership(m.MembershipId) : null;

    /// <summary>After a payment change: paid clears the grace (and a past due); unpaid again restarts the grace, or is past due if it has passed.</summary>
    private void FollowPaymentInMembership(DateTimeOffset now)
    {
        if (Membership is not { } m)
        {
            return;
        }

        if (IsFullyPaid)
        {
            Membership = m with { GraceEndsAt = null, PastDueSince = null };
            if (m.PastDueSince is not null)
            {
                Record(new PackageEvent(now, Actor.PaymentSystem.ToString(), PackageEventKind.Reinstated, m.MembershipId));
                Raise(new MembershipReinstated(m.MembershipId, m.Period, AmountPaid), now);
            }
        }
        else if (m.GraceEndsAt is null && m.PastDueSince is null)
        {
            var graceEnd = GraceEndOf(m);
            if (now >= graceEnd)
            {
                MarkPastDue(now);
            }
            else
            {
                Membership = m with { GraceEndsAt = graceEnd };
            }
        }
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

    private void MarkPastDue(DateTimeOffset now)
    {
        var m = Membership!;
        Membership = m with { GraceEndsAt = null, PastDueSince = now };
        Record(new PackageEvent(now, Actor.System.ToString(), PackageEventKind.PastDue, m.MembershipId) { Amount = AmountDue });
        Raise(new MembershipPastDue(m.MembershipId, m.Period, AmountDue), now);
    }

    private DomainError? CheckCurrentPeriod(string? reason) =>
        !PackageErrors.IsValidReason(reason) ? PackageErrors.ReasonRequired()
        : Membership is not { } m ? null
        : m.RenewsAt is null ? MembershipErrors.Ended(m.Period, m.LastDay)
        : null;

    /// <summary>The end of the last day to pay: the period's first day plus the clinic's grace days.</summary>
    private static DateTimeOffset GraceEndOf(MembershipPeriod m, string timeZoneId) =>
        ClinicCalendar.EndOfDay(m.StartsOn.AddDays(m.GraceDays), ClinicCalendar.FindZone(timeZoneId));

    private DateTimeOffset GraceEndOf(MembershipPeriod m) => GraceEndOf(m, TimeZoneId);

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
            RenewsAt = ClinicCalendar.StartOfDay(last.AddDays(1), ClinicCalendar.FindZone(TimeZoneId)),
        };
    }

    /// <summary>This period's freezes that reach <paramref name="year"/> or later: the next period counts them against the plan's days per year.</summary>
    private PackageFreeze[] FreezesCountingFrom(int year) =>
        [.. _freezes.Where(f => f.Days > 0 && f.Until.Year >= year).TakeLast(MaxFreezes / 2).Select(f => f with { PushedDays = 0 })];

    private static Package OpenPeriod(
        string id, string clinicId, string clientId, string offerId, PackageTerms terms, string timeZoneId, MembershipPeriod period,
        PaymentEntry[] payments, ReminderPolicy reminders, string? previousPeriodId, string[] beneficiaries, Actor actor, DateTimeOffset now,
        PackageFreeze[]? freezesThisYear = null)
    {
        var zone = ClinicCalendar.FindZone(timeZoneId);
        var plan = period.Plan;
        var renewsAt = plan.EndsInCalendar(period.Anchor, period.Period + 1)
            ? ClinicCalendar.StartOfDay(period.LastDay.AddDays(1), zone) : (DateTimeOffset?)null;
        var graceEnd = GraceEndOf(period, timeZoneId);
        period = period with { RenewsAt = renewsAt, GraceEndsAt = graceEnd < now ? now : graceEnd };
        var package = new Package(new PackageSnapshot(
            id, clinicId, clientId, offerId, terms, timeZoneId, now, period.LastDay, PackageStatus.Active, PackageSource.Membership, null,
            payments, [], [], 0, [], 0, Reminders: reminders, Beneficiaries: beneficiaries, TransferredFrom: previousPeriodId, Freezes: freezesThisYear,
            Membership: period));
        var own = terms.WithoutRollover(period.RolledOver);
        package.Record(new PackageEvent(now, actor.ToString(), PackageEventKind.PeriodOpened, period.MembershipId) { Amount = own.Price, Sessions = terms.Sessions });
        if (period.RolledOver > 0)
        {
            var rolledValue = terms.Price.Subtract(own.Price);
            package.Record(new PackageEvent(now, actor.ToString(), PackageEventKind.SessionsTransferredIn, previousPeriodId) { Sessions = period.RolledOver, Amount = rolledValue, Reason = "rollover" });
            package.Raise(new SessionsTransferredIn(previousPeriodId!, period.RolledOver, rolledValue, period.LastDay), now);
        }

        package.Raise(new MembershipRenewalDue(
            period.MembershipId, period.Period, own.Price, period.StartsOn, period.LastDay, period.StartsOn.AddDays(period.GraceDays),
            terms.Sessions, period.RolledOver), now);
        return package;
    }
}
