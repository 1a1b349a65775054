using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Memberships;

/// <summary>
/// Finds a membership's newest period. For a command (<see cref="CurrentAsync"/>) it first finishes a renewal that is
/// due or half done, as the renewal timer would, so a command always meets the period that is running now even when
/// the timer has not run yet.
/// </summary>
public sealed class MembershipReader(IMembershipPeriods periods, IPackageStore packages, RenewMembership renewal, TimeProvider time)
{
    /// <summary>How many periods a command may open to catch up before it acts (the timer opens the rest).</summary>
    public const int MaxCatchUp = 3;

    public async Task<Result<MembershipState>> ReadAsync(string clinicId, string membershipId, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValid(membershipId))
        {
            return MembershipErrors.NotFound(membershipId);
        }

        var list = (await periods.ListAsync(clinicId, membershipId, cancellationToken)).ToList();
        if (list.Count == 0 || await packages.FindAsync(clinicId, list[^1].PackageId, cancellationToken) is not { Value.Membership: not null } stored)
        {
            return MembershipErrors.NotFound(membershipId);
        }

        // A query may not see a period created moments ago through another instance (Session consistency): a renewal
        // recorded on the newest one names the next, read by its id.
        var newest = stored.Value;
        while (newest.Renewal is { } recorded && await packages.FindAsync(clinicId, recorded.ToPackageId, cancellationToken) is { Value: var next })
        {
            list.Add(new MembershipPeriodEntry(next.Id, next.Membership!.Period, next.Membership.PastDueSince is not null, next.Membership.GraceEndsAt));
            newest = next;
        }

        var now = time.GetUtcNow();
        return new MembershipState(newest, [.. list.Select(p => p with { PastDue = p.IsPastDueAt(now) })]);
    }

    public async Task<Result<MembershipState>> CurrentAsync(string clinicId, string membershipId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var state = await ReadAsync(clinicId, membershipId, cancellationToken);
            if (!state.IsSuccess || attempt == MaxCatchUp || !IsRenewalDue(state.Value.Current))
            {
                return state;
            }

            var renewed = await renewal.RenewAsync(clinicId, state.Value.Current.Id, cancellationToken);
            if (!renewed.IsSuccess)
            {
                return renewed.Error!;
            }
        }
    }

    private bool IsRenewalDue(Package current) =>
        current.Membership is { } m && (m.RenewsAt is { } due && time.GetUtcNow() >= due || current.Renewal is { Completed: false });
}
