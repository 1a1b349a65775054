using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Liability;

namespace Packages.Application.Liability;

/// <summary>A clinic's liability roll-forward for one month in its zone; <see cref="MonthEnded"/> false while the month is still running.</summary>
public sealed record LiabilityReport(string ClinicId, string TimeZoneId, LiabilityMonth Month, bool MonthEnded);

/// <summary>
/// The liability roll-forward of a month (docs/rules.md, "Liability roll-forward"): the previous month's stored closing
/// plus this month's ledger entries. An ended month's roll-forward is stored once computed, so asking again reads two
/// documents. A store races with entries being written, so it is trusted only once the entries, counted again after it,
/// are the ones it was computed from (<see cref="LiabilityClosings"/>): a stored closing never misses an entry.
/// </summary>
public sealed class ReportLiability(IClinicStore clinics, ILiabilityLedger ledger, TimeProvider time)
{
    private const int Attempts = 3;

    public async Task<Result<LiabilityReport>> ExecuteAsync(string clinicId, string? monthText, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var resolved = await ClinicMonth.ResolveAsync(clinics, clinicId, monthText, now, cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        var (clinic, month) = resolved.Value;
        for (var attempt = 1; ; attempt++)
        {
            var stored = await ledger.FindClosingsAsync(clinicId, cancellationToken);
            var closings = stored?.Value is { } found && found.TimeZoneId == clinic.TimeZoneId ? found : LiabilityClosings.Empty(clinicId, clinic.TimeZoneId);
            if (closings.Find(month) is { } done)
            {
                return new LiabilityReport(clinicId, clinic.TimeZoneId, done, MonthEnded: true);
            }

            var (months, entriesRead, from) = await RollAsync(clinic, closings, month, cancellationToken);
            var report = new LiabilityReport(clinicId, clinic.TimeZoneId, months[^1], MonthEnded: months[^1].To <= now);
            var ended = months.Where(m => m.To <= now).ToList();
            if (ended.Count == 0 || attempt == Attempts)
            {
                return report;
            }

            // Stored, counted again, then trusted: an entry written meanwhile either shows in the count or, written after
            // the store, takes the months away itself (LiabilityProjection) so the last write below fails.
            var pending = closings.Pending(ended);
            if (await ledger.TrySaveClosingsAsync(pending, stored?.ETag, cancellationToken) is not { } pendingETag
                || await ledger.CountAsync(clinicId, from, months[^1].To, cancellationToken) != entriesRead
                || await ledger.TrySaveClosingsAsync(pending.Verified(), pendingETag, cancellationToken) is null)
            {
                continue;
            }

            return report;
        }
    }

    /// <summary>
    /// The months from the latest stored closing before <paramref name="month"/> (or from the first entry) through it, and
    /// how many entries they were computed from, counting from <c>from</c> (null: the clinic's first entry).
    /// </summary>
    private async Task<(IReadOnlyList<LiabilityMonth> Months, int EntriesRead, DateTimeOffset? From)> RollAsync(
        Clinic clinic, LiabilityClosings closings, ReportMonth month, CancellationToken cancellationToken)
    {
        var opening = closings.LatestBefore(month);
        var from = opening?.To;
        var entries = await ledger.ReadAsync(clinic.Id, from, month.EndIn(clinic.TimeZone), cancellationToken);
        var earliest = entries.Select(e => ReportMonth.Containing(e.EffectiveAt, clinic.TimeZone)).DefaultIfEmpty(month).Min();
        if (opening is not null && earliest.CompareTo(opening.Month.Next) < 0)
        {
            // A stored month's end no longer falls where the zone's rules put it (updated time-zone data): start over.
            return await RollAsync(clinic, LiabilityClosings.Empty(clinic.Id, clinic.TimeZoneId), month, cancellationToken);
        }

        var first = opening?.Month.Next ?? earliest;
        if (first.CompareTo(month) > 0)
        {
            first = month;
        }

        return (LiabilityMonth.Roll(opening, first, month, entries, clinic.TimeZone), entries.Count, from);
    }
}
