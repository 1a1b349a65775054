using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Purchases;

/// <summary>
/// An online purchase as its buyer follows it: staff see any; a patient sees the purchases they made (a gift's giver
/// sees only this, not the package, its sessions or its use). Anything else is not found.
/// </summary>
public sealed class GetPurchase(IPackageStore packages)
{
    public async Task<Result<Package>> ExecuteAsync(string clinicId, string packageId, ClientScope scope, CancellationToken cancellationToken)
    {
        var stored = Identifiers.IsValid(packageId) ? await packages.FindAsync(clinicId, packageId, cancellationToken) : null;
        return stored?.Value is { PurchasedBy: { } buyer } package && (scope.OnlyClientId is null || scope.OnlyClientId == buyer)
            ? package
            : PackageErrors.NotFound(packageId);
    }
}
