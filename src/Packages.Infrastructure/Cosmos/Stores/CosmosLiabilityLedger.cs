using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Liability;
using Packages.Domain.Packages.Events;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

/// <summary>
/// The liability ledger in the clinic's partition: entries created under their event id, read by the indexed
/// effectiveAt range (a sortable UTC string: string order is time order); the closings in one document.
/// </summary>
public sealed class CosmosLiabilityLedger(PackagesContainer container) : ILiabilityLedger
{
    public async Task<bool> TryAddAsync(LiabilityEntry entry, CancellationToken cancellationToken) =>
        await container.CreateAsync(ToDocument(entry), entry.ClinicId, cancellationToken) is not null;

    public async Task<IReadOnlyList<LiabilityEntry>> ReadAsync(string clinicId, DateTimeOffset? from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var entries = new List<LiabilityEntry>();
        await foreach (var element in container.QueryAsync<JsonElement>(InRange("*", clinicId, from, to), clinicId, cancellationToken))
        {
            entries.Add(ToEntry(element.Deserialize<LiabilityEntryDocument>(CosmosJson.Options)!));
        }

        return entries;
    }

    public async Task<int> CountAsync(string clinicId, DateTimeOffset? from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in container.QueryAsync<JsonElement>(InRange("c.id", clinicId, from, to), clinicId, cancellationToken))
        {
            count++;
        }

        return count;
    }

    public async Task<Versioned<LiabilityClosings>?> FindClosingsAsync(string clinicId, CancellationToken cancellationToken) =>
        await container.ReadAsync<LiabilityClosingsDocument>(LiabilityClosingsDocument.FixedId, clinicId, DocumentTypes.LiabilityClosings, cancellationToken)
            is { Document: var d, ETag: var etag }
            ? new Versioned<LiabilityClosings>(ToClosings(d), etag)
            : null;

    public Task<string?> TrySaveClosingsAsync(LiabilityClosings closings, string? etag, CancellationToken cancellationToken) =>
        etag is null
            ? container.CreateAsync(ToDocument(closings), closings.ClinicId, cancellationToken)
            : container.ReplaceAsync(ToDocument(closings), LiabilityClosingsDocument.FixedId, closings.ClinicId, etag, cancellationToken);

    /// <summary>The entries counting in [from, to); the clinic is in the text, not only in the options.</summary>
    private static QueryDefinition InRange(string select, string clinicId, DateTimeOffset? from, DateTimeOffset to) =>
        new QueryDefinition(
                $"SELECT {select} FROM c WHERE c.clinicId = @clinicId AND c.type = @type AND c.effectiveAt >= @from AND c.effectiveAt < @to")
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@type", DocumentTypes.LiabilityEntry)
            .WithParameter("@from", from is { } start ? CosmosJson.SortableInstant(start) : "")
            .WithParameter("@to", CosmosJson.SortableInstant(to));

    private static LiabilityEntryDocument ToDocument(LiabilityEntry e) => new(
        LiabilityEntryDocument.IdFor(e.EventId), e.ClinicId, e.EventId, e.EventType, e.PackageId, e.ClientId, e.Change.Currency,
        [.. e.Parts.Select(p => new LiabilityPartDocument(p.Category, p.Change.AmountMinor))], e.Change.AmountMinor, e.Balance.AmountMinor,
        CosmosJson.SortableInstant(e.EffectiveAt));

    private static LiabilityEntry ToEntry(LiabilityEntryDocument d) => new(
        d.EventId, d.EventType, d.ClinicId, d.PackageId, d.ClientId,
        [.. d.Parts.Select(p => new LiabilityPart(p.Category, new Money(p.ChangeMinor, d.Currency)))],
        new Money(d.ChangeMinor, d.Currency), new Money(d.BalanceMinor, d.Currency), CosmosJson.ParseSortableInstant(d.EffectiveAt));

    private static LiabilityClosingsDocument ToDocument(LiabilityClosings c) =>
        new(LiabilityClosingsDocument.FixedId, c.ClinicId, c.TimeZoneId, [.. c.Months.Select(ToDocument)])
        {
            Unverified = c.Unverified.Count == 0 ? null : [.. c.Unverified.Select(ToDocument)],
        };

    private static LiabilityMonthDocument ToDocument(LiabilityMonth m) => new(m.Month.ToString(), m.From, m.To, [.. m.Rows.Select(r =>
        new LiabilityRowDocument(r.Currency, r.Opening, r.Paid, r.Recognized, r.Breakage, r.Refunded, r.Transferred, r.Imported, r.Adjusted))]);

    private static LiabilityClosings ToClosings(LiabilityClosingsDocument d) =>
        new(d.ClinicId, d.TimeZoneId, [.. d.Months.Select(ToMonth)], [.. (d.Unverified ?? []).Select(ToMonth)]);

    private static LiabilityMonth ToMonth(LiabilityMonthDocument m) => new(ReportMonth.Parse(m.Month).Value, m.From, m.To, [.. m.Rows.Select(r =>
        new LiabilityRow(r.Currency, r.Opening, r.Paid, r.Recognized, r.Breakage, r.Refunded, r.Transferred, r.Imported, r.Adjusted))]);
}
