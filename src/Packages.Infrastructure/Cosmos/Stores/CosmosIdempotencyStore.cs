using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosIdempotencyStore(PackagesContainer container) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> FindAsync(string clinicId, string id, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<IdempotencyRecordDocument>(id, clinicId, DocumentTypes.IdempotencyRecord, cancellationToken);
        return stored is { Document: var d }
            ? new IdempotencyRecord(d.Id, d.ClinicId, d.RequestHash, d.StatusCode, d.Body, d.Location, d.CreatedAt)
            : null;
    }

    public async Task SaveAsync(IdempotencyRecord record, CancellationToken cancellationToken) =>
        await container.CreateAsync(
            new IdempotencyRecordDocument(record.Id, record.ClinicId, record.RequestHash, record.StatusCode, record.Body, record.Location, record.CreatedAt),
            record.ClinicId, cancellationToken);
}
