namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>A stored first response (id "idem.{hash}"). Expires after <see cref="TimeToLiveSeconds"/> where TTL is enabled.</summary>
public sealed record IdempotencyRecordDocument(
    string Id,
    string ClinicId,
    string RequestHash,
    int StatusCode,
    string Body,
    string? Location,
    DateTimeOffset CreatedAt)
{
    public const int TimeToLiveSeconds = 7 * 24 * 3600;

    public string Type { get; init; } = DocumentTypes.IdempotencyRecord;

    public int SchemaVersion { get; init; } = 1;

    public int Ttl { get; init; } = TimeToLiveSeconds;

    /// <summary>While pending: the reserving request's token (omitted once the response is stored).</summary>
    public string? ReservedBy { get; init; }
}
