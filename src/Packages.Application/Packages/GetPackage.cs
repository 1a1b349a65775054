using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>Reads one package of a clinic. A package of another clinic is simply not found.</summary>
public sealed class GetPackage(IPackageStore packages)
{
    public async Task<Result<Package>> ExecuteAsync(string clinicId, string packageId, CancellationToken cancellationToken)
    {
        var stored = Identifiers.IsValid(packageId) ? await packages.FindAsync(clinicId, packageId, cancellationToken) : null;
        return stored is null ? PackageErrors.NotFound(packageId) : stored.Value;
    }
}
