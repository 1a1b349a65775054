using Packages.Application.Ports;
using Packages.Domain.Liability;
using Packages.Domain.Packages;

namespace Packages.Application.Liability;

/// <summary>
/// Builds the liability ledger from the typed events: every event that moved a package's liability becomes one entry
/// under its event id, written by the outbox relay before it acknowledges the event (<see cref="Packages.PackageWriter"/>),
/// so no event leaves the outbox without its entry; a retry, a duplicate or a different order writes nothing new. An entry
/// that counts in a month whose closing is stored takes that closing (and later ones) away: the report computes them again
/// (docs/design.md, "Liability ledger and report").
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
        var existed = 0;
        await Parallel.ForEachAsync(entries, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (entry, ct) =>
        {
            if (!await ledger.TryAddAsync(entry, ct))
            {
                Interlocked.Increment(ref existed);
            }
        });

        // Also when the entries existed: an earlier attempt may have stopped between writing them and this step. Then this
        // client's session may not yet cover them, so the closings are confirmed by a conditional write, not a read alone.
        await ForgetClosingsFromAsync(package.ClinicId, entries.Min(e => e.EffectiveAt), confirm: existed > 0, cancellationToken);
    }

    /// <summary>
    /// Removes the stored closings of the month counting <paramref name="effectiveAt"/> and later ones: one read when none is
    /// stored, unless <paramref name="confirm"/> asks for a write under the ETag read (or a placeholder's create) whatever it finds.
    /// </summary>
    private async Task ForgetClosingsFromAsync(string clinicId, DateTimeOffset effectiveAt, bool confirm, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await ledger.FindClosingsAsync(clinicId, cancellationToken);
            var kept = stored?.Value.WithoutMonthsFrom(effectiveAt) ?? (confirm ? stored?.Value ?? LiabilityClosings.Placeholder(clinicId) : null);
            if (kept is null || await ledger.TrySaveClosingsAsync(kept, stored?.ETag, cancellationToken) is not null)
            {
                return;
            }
        }

        throw new InvalidOperationException($"The liability closings of clinic '{clinicId}' kept changing; the entries are written and will be confirmed when the relay retries their events.");
    }
}
