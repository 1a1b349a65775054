using Packages.Domain.Liability;

namespace Packages.Application.Ports;

/// <summary>A clinic's liability ledger (one entry per event id) and its stored month closings, in the clinic's partition.</summary>
public interface ILiabilityLedger
{
    /// <summary>Writes the entry unless its event's entry exists: true when this call wrote it.</summary>
    Task<bool> TryAddAsync(LiabilityEntry entry, CancellationToken cancellationToken);

    /// <summary>The clinic's entries counting in [<paramref name="from"/>, <paramref name="to"/>) (from the first one when <paramref name="from"/> is null).</summary>
    Task<IReadOnlyList<LiabilityEntry>> ReadAsync(string clinicId, DateTimeOffset? from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>How many entries count in the same range: <see cref="ReadAsync"/> again, reading only their ids.</summary>
    Task<int> CountAsync(string clinicId, DateTimeOffset? from, DateTimeOffset to, CancellationToken cancellationToken);

    Task<Versioned<LiabilityClosings>?> FindClosingsAsync(string clinicId, CancellationToken cancellationToken);

    /// <summary>Stores the closings: over <paramref name="etag"/> (null: creates them); the new ETag, or null when another write came first.</summary>
    Task<string?> TrySaveClosingsAsync(LiabilityClosings closings, string? etag, CancellationToken cancellationToken);
}
