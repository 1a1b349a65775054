namespace Packages.Application.Ports;

/// <summary>
/// A request sent with an Idempotency-Key: reserved (<see cref="IsPending"/>, status 0) while the first one runs,
/// then completed with its response so a retry gets it again. <see cref="ETag"/> is the stored version.
/// </summary>
public sealed record IdempotencyRecord(
    string Id,
    string ClinicId,
    string RequestHash,
    int StatusCode,
    string Body,
    string? Location,
    DateTimeOffset CreatedAt)
{
    public bool IsPending => StatusCode == 0;

    public string? ETag { get; init; }

    /// <summary>A token of the request holding the reservation: a retried create that had landed recognises its own.</summary>
    public string? ReservedBy { get; init; }

    public static IdempotencyRecord Pending(string id, string clinicId, string requestHash, DateTimeOffset now) =>
        new(id, clinicId, requestHash, 0, "", null, now) { ReservedBy = Guid.NewGuid().ToString("N") };
}

public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> FindAsync(string clinicId, string id, CancellationToken cancellationToken);

    /// <summary>Creates the reservation: its ETag, or null when a record with its id exists (another request holds the key).</summary>
    Task<string?> TryReserveAsync(IdempotencyRecord pending, CancellationToken cancellationToken);

    /// <summary>Replaces the record only if it still has <paramref name="etag"/>: the new ETag, or null when it changed.</summary>
    Task<string?> TryReplaceAsync(IdempotencyRecord record, string etag, CancellationToken cancellationToken);

    /// <summary>Removes the reservation only if it still has <paramref name="etag"/>, so the key can be used again.</summary>
    Task ReleaseAsync(string clinicId, string id, string etag, CancellationToken cancellationToken);
}
