using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>How a use case creates a package under an id derived from its Idempotency-Key (a sale, an enrolment).</summary>
public static class PackageCreation
{
    /// <summary>
    /// Creates <paramref name="package"/>; when its id exists (the key was used before) the same request gets the package it
    /// created, any other request with that key is refused (idempotency-key-reused).
    /// </summary>
    public static async Task<Result<Package>> CreateOnceAsync(
        this PackageWriter writer, IPackageStore packages, Package package, Func<Package, bool> sameRequest, CancellationToken cancellationToken)
    {
        if (await writer.CreateAsync(package, cancellationToken))
        {
            return package;
        }

        // Written by an earlier attempt; a replica that cannot read it yet makes this a conflict to retry.
        if (await packages.FindAsync(package.ClinicId, package.Id, cancellationToken) is not { Value: var existing })
        {
            return ApplicationErrors.ConcurrencyConflict;
        }

        return sameRequest(existing) ? existing : ApplicationErrors.IdempotencyKeyReused;
    }
}
