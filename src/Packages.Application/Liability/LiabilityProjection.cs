using Packages.Application.Ports;
using Packages.Domain.Liability;
using Packages.Domain.Packages;

namespace Packages.Application.Liability;

/// <summary>
/// Builds the liability ledger from the typed events: every event that moved a package's liability becomes one entry
/// under its event id, written before the event is published (<see cref="Packages.PackageWriter"/>), so an event that
/// left the outbox is in the ledger; a retry, a duplicate or a different order writes nothing new. An entry that counts
/// in a month whose closing is stored takes that closing (and later ones) away: the report computes them again.
/// </summary>
public sealed class LiabilityProjection(ILiabilityLedger ledger)
{
    /// <summary>Attempts at taking stale closings away before giving up (a conflict means another writer changed them).</summary>
    private const int Attempts = 10;

    public async Task RecordAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        var entries = events.Select(e => LiabilityEntry.From(package, e)).OfType<LiabilityEntry>().ToList();
        if (entries.Count == 0)
        {
            return;
        }

        // Independent creates (a backlog after an outage can hold hundreds): a few at a time.
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (entry, ct) => await ledger.TryAddAsync(entry, ct));

        // Also when the entries existed: an earlier attempt may have stopped between writing them and this step.
        await ForgetClosingsFromAsync(package.ClinicId, entries.Min(e => e.EffectiveAt), cancellationToken);
    }

    /// <summary>Removes the stored closings of the month counting <paramref name="effectiveAt"/> and later ones (one read when none is stored).</summary>
    public async Task ForgetClosingsFromAsync(string clinicId, DateTimeOffset effectiveAt, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await ledger.FindClosingsAsync(clinicId, cancellationToken) is not { } stored
                || stored.Value.WithoutMonthsFrom(effectiveAt) is not { } kept)
            {
                return;
            }

            if (await ledger.TrySaveClosingsAsync(kept, stored.ETag, cancellationToken) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException($"The liability closings of clinic '{clinicId}' kept changing; the entry is written and will be retried with its event.");
    }
}
