using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// The audit trail of a package, oldest first (<see cref="Package.AuditTrail"/>). It holds payments and every client's
/// appointments: staff read all of it; the owning patient reads it from when they became the owner (a package given to
/// them by a transfer keeps the previous owner's past to itself); for anyone else it is not found.
/// </summary>
public sealed class GetPackageHistory(GetPackage getPackage, IPackageStore packages)
{
    public async Task<Result<IReadOnlyList<PackageEvent>>> ExecuteAsync(
        string clinicId, string packageId, ClientScope scope, CancellationToken cancellationToken)
    {
        var package = await getPackage.ExecuteAsync(clinicId, packageId, scope, cancellationToken);
        var view = package.IsSuccess ? scope.ViewOf(package.Value) : null;
        if (view is not (PackageView.Full or PackageView.Owner))
        {
            return package.Error ?? PackageErrors.NotFound(packageId);
        }

        var trail = package.Value.AuditTrail(await packages.ReadHistoryPagesAsync(package.Value, cancellationToken));
        return Result<IReadOnlyList<PackageEvent>>.Success(view == PackageView.Full ? trail : [.. trail.Where(e => ClientScope.IsOwners(package.Value, e.At))]);
    }
}
