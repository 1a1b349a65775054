using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosUnpaidPurchases(PackagesContainer container) : IUnpaidPurchases
{
    public async Task<Versioned<UnpaidPurchases>?> FindAsync(string clinicId, string clientId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<UnpaidPurchasesDocument>(
            UnpaidPurchasesDocument.IdFor(clientId), clinicId, DocumentTypes.UnpaidPurchases, cancellationToken);
        return stored is { Document: var d, ETag: var etag }
            ? new Versioned<UnpaidPurchases>(new UnpaidPurchases(d.ClinicId, d.ClientId, [.. d.Held.Select(h => new HeldPurchase(h.PackageId, h.At))]), etag)
            : null;
    }

    public Task<string?> TryCreateAsync(UnpaidPurchases purchases, CancellationToken cancellationToken) =>
        container.CreateAsync(ToDocument(purchases), purchases.ClinicId, cancellationToken);

    public Task<string?> TryReplaceAsync(UnpaidPurchases purchases, string etag, CancellationToken cancellationToken) =>
        container.ReplaceAsync(ToDocument(purchases), UnpaidPurchasesDocument.IdFor(purchases.ClientId), purchases.ClinicId, etag, cancellationToken);

    private static UnpaidPurchasesDocument ToDocument(UnpaidPurchases p) =>
        new(UnpaidPurchasesDocument.IdFor(p.ClientId), p.ClinicId, p.ClientId, [.. p.Held.Select(h => new HeldPurchaseDocument(h.PackageId, h.At))]);
}
