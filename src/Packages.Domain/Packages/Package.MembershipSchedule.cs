using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>Cancelling a membership at a period's end, and withdrawing that (docs/rules.md "Memberships"): on its current period.</summary>
public sealed partial class Package
{
    /// <summary>
    /// Staff end the membership after the current period, or after the plan's minimum term if that is later; its last
    /// period is the last invoiced. Returns false when that end is already scheduled.
    /// </summary>
    public Result<bool> ScheduleMembershipEnd(string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckCurrentPeriod(reason, now) is { } refusal)
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
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.CancellationScheduled, m.MembershipId) { ExpiresOn = endsOn, Reason = reason });
        Raise(new MembershipCancellationScheduled(m.MembershipId, last, endsOn, reason!), now);
        return true;
    }

    /// <summary>Staff withdraw a scheduled end before it takes effect. Returns false when none was scheduled.</summary>
    public Result<bool> ResumeMembership(string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckCurrentPeriod(reason, now) is { } refusal)
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

    /// <summary>
    /// A schedule change needs the period that runs now: one past its end is renewed first (a concurrency conflict tells the
    /// caller to renew and decide again), one whose membership ended refuses.
    /// </summary>
    private DomainError? CheckCurrentPeriod(string? reason, DateTimeOffset now) =>
        !PackageErrors.IsValidReason(reason) ? PackageErrors.ReasonRequired()
        : Membership is not { } m ? null
        : Renewal is not null || m.RenewsAt is { } due && now >= due ? MembershipErrors.RenewalDue
        : m.RenewsAt is null ? MembershipErrors.Ended(m.Period, m.LastDay)
        : null;
}
