namespace Packages.Application.Ports;

/// <summary>The first response to a request sent with an Idempotency-Key, kept so a retry gets it again.</summary>
public sealed record IdempotencyRecord(
    string Id,
    string ClinicId,
    string RequestHash,
    int StatusCode,
    string Body,
    string? Location,
    DateTimeOffset CreatedAt);

public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> FindAsync(string clinicId, string id, CancellationToken cancellationToken);

    /// <summary>Stores the record unless one with its id exists (the first response wins).</summary>
    Task SaveAsync(IdempotencyRecord record, CancellationToken cancellationToken);
}
