using Packages.Application.Common;
using Packages.Application.Packages;
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

        var list = await periods.ListAsync(clinicId, membershipId, cancellationToken);
        if (list.Count == 0 || await packages.FindAsync(clinicId, list[^1].PackageId, cancellationToken) is not { } newest || newest.Value.Membership is null)
        {
            return MembershipErrors.NotFound(membershipId);
        }

        return new MembershipState(newest.Value, list);
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
        current.Membership is { } m
        && (m.RenewsAt is { } due && time.GetUtcNow() >= due || current.TransfersOut.Any(t => t.ToPackageId == m.NextPeriodId && !t.Completed));
}
