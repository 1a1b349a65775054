using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>Reads one package of a clinic. A package of another clinic or outside the scope is simply not found.</summary>
public sealed class GetPackage(IPackageStore packages)
{
    public async Task<Result<Package>> ExecuteAsync(string clinicId, string packageId, ClientScope scope, CancellationToken cancellationToken)
    {
        var stored = Identifiers.IsValid(packageId) ? await packages.FindAsync(clinicId, packageId, cancellationToken) : null;
        return stored is not null && scope.ViewOf(stored.Value) is not null ? stored.Value : PackageErrors.NotFound(packageId);
    }
}
