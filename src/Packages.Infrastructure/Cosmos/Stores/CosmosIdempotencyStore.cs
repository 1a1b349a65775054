using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

/// <summary>Idempotency records, one document per clinic, caller and key; every write is conditional (create, or IfMatch).</summary>
public sealed class CosmosIdempotencyStore(PackagesContainer container) : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> FindAsync(string clinicId, string id, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<IdempotencyRecordDocument>(id, clinicId, DocumentTypes.IdempotencyRecord, cancellationToken);
        return stored is { Document: var d, ETag: var etag }
            ? new IdempotencyRecord(d.Id, d.ClinicId, d.RequestHash, d.StatusCode, d.Body, d.Location, d.CreatedAt) { ETag = etag, ReservedBy = d.ReservedBy }
            : null;
    }

    public Task<string?> TryReserveAsync(IdempotencyRecord pending, CancellationToken cancellationToken) =>
        container.CreateAsync(ToDocument(pending), pending.ClinicId, cancellationToken);

    public Task<string?> TryReplaceAsync(IdempotencyRecord record, string etag, CancellationToken cancellationToken) =>
        container.ReplaceAsync(ToDocument(record), record.Id, record.ClinicId, etag, cancellationToken);

    public Task ReleaseAsync(string clinicId, string id, string etag, CancellationToken cancellationToken) =>
        container.DeleteAsync(id, clinicId, etag, cancellationToken);

    private static IdempotencyRecordDocument ToDocument(IdempotencyRecord record) =>
        new(record.Id, record.ClinicId, record.RequestHash, record.StatusCode, record.Body, record.Location, record.CreatedAt)
        {
            ReservedBy = record.IsPending ? record.ReservedBy : null,
        };
}
