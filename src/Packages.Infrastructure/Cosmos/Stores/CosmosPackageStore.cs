using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosPackageStore(PackagesContainer container) : IPackageStore
{
    public async Task<Versioned<Package>?> FindAsync(string clinicId, string packageId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<PackageDocument>(packageId, clinicId, DocumentTypes.Package, cancellationToken);
        return stored is { } s ? new Versioned<Package>(s.Document.ToPackage(), s.ETag) : null;
    }

    public Task<bool> TryCreateAsync(Package package, CancellationToken cancellationToken) =>
        container.CreateAsync(package.ToDocument(), package.ClinicId, cancellationToken);

    public Task<bool> TryReplaceAsync(Package package, string etag, CancellationToken cancellationToken) =>
        container.ReplaceAsync(package.ToDocument(), package.Id, package.ClinicId, etag, cancellationToken);

    public async IAsyncEnumerable<Versioned<Package>> FindDueForExpiryAsync(
        string clinicId, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.clinicId = @clinicId AND c.type = @type AND c.status = @active " +
                "AND IS_STRING(c.expiresAtUtc) AND c.expiresAtUtc <= @now")
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@type", DocumentTypes.Package)
            .WithParameter("@active", "active")
            .WithParameter("@now", CosmosJson.SortableInstant(now));
        await foreach (var document in container.QueryAsync<PackageDocument>(query, clinicId, cancellationToken))
        {
            yield return new Versioned<Package>(document.ToPackage(), document.ETag!);
        }
    }
}
