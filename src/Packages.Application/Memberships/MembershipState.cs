using Packages.Application.Ports;
using Packages.Domain.Packages;

namespace Packages.Application.Memberships;

/// <summary>A membership as read: its newest period (a package carrying the schedule) and every period's number and standing.</summary>
public sealed record MembershipState(Package Current, IReadOnlyList<MembershipPeriodEntry> Periods)
{
    public MembershipPeriod Schedule => Current.Membership!;

    public IReadOnlyList<int> PastDuePeriods => [.. Periods.Where(p => p.PastDue).Select(p => p.Period)];

    public bool HasEnded => Schedule.RenewsAt is null && Current.Renewal is null;

    /// <summary>Ended first (an ended membership may still owe a period: <see cref="PastDuePeriods"/> lists it), then past due, cancelling, active.</summary>
    public MembershipStatus Status =>
        HasEnded ? MembershipStatus.Ended
        : PastDuePeriods.Count > 0 ? MembershipStatus.PastDue
        : Schedule.EndsAfterPeriod is not null ? MembershipStatus.Cancelling
        : MembershipStatus.Active;
}
