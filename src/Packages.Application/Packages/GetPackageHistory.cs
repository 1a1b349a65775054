using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// The full audit trail of a package, oldest first (<see cref="Package.AuditTrail"/>). It holds payments and every
/// client's appointments, so only callers with the full view read it; for a beneficiary the package's history is not found.
/// </summary>
public sealed class GetPackageHistory(GetPackage getPackage, IPackageStore packages)
{
    public async Task<Result<IReadOnlyList<PackageEvent>>> ExecuteAsync(
        string clinicId, string packageId, ClientScope scope, CancellationToken cancellationToken)
    {
        var package = await getPackage.ExecuteAsync(clinicId, packageId, scope, cancellationToken);
        if (!package.IsSuccess || scope.ViewOf(package.Value) != PackageView.Full)
        {
            return package.Error ?? PackageErrors.NotFound(packageId);
        }

        var pages = await packages.ReadHistoryPagesAsync(package.Value, cancellationToken);
        return Result<IReadOnlyList<PackageEvent>>.Success(package.Value.AuditTrail(pages));
    }
}
