using Packages.Domain.Common;

namespace Packages.Application.Memberships;

/// <summary>Reads a membership as stored (a renewal that is due shows as due: the timer or the next command opens it).</summary>
public sealed class GetMembership(MembershipReader memberships)
{
    public Task<Result<MembershipState>> ExecuteAsync(string clinicId, string membershipId, CancellationToken cancellationToken) =>
        memberships.ReadAsync(clinicId, membershipId, cancellationToken);
}
