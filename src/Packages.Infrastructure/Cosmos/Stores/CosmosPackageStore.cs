using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Packages.Application.Diagnostics;
using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed partial class CosmosPackageStore(PackagesContainer container, PackagesMetrics metrics, ILogger<CosmosPackageStore> logger) : IPackageStore
{
    /// <summary>Packages per query of the timers' scans: one page is one request, its documents a few KB each.</summary>
    public const int ScanPageSize = 100;

    public async Task<Versioned<Package>?> FindAsync(string clinicId, string packageId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<PackageDocument>(packageId, clinicId, DocumentTypes.Package, cancellationToken);
        return stored is { } s ? new Versioned<Package>(s.Document.ToPackage(), s.ETag) : null;
    }

    public Task<string?> TryCreateAsync(Package package, CancellationToken cancellationToken) =>
        container.CreateAsync(package.ToDocument(), package.ClinicId, cancellationToken);

    /// <summary>
    /// History overflow is archived first, under an id fixed by the page number: a write that then loses
    /// the ETag race leaves a page identical to the one the winner writes, so nothing is duplicated.
    /// </summary>
    public async Task<string?> TryReplaceAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        while (package.TakeHistoryOverflow() is { } page)
        {
            await container.UpsertAsync(new HistoryPageDocument(
                HistoryPageDocument.IdFor(page.PackageId, page.Number), package.ClinicId, page.PackageId, page.Number,
                [.. page.Events.Select(e => e.ToDocument())]), package.ClinicId, cancellationToken);
        }

        return await container.ReplaceAsync(package.ToDocument(), package.Id, package.ClinicId, etag, cancellationToken);
    }

    /// <summary>
    /// One patch of the outbox fields (as the document mapping writes them), conditional on the ETag of the
    /// write that stored the events.
    /// </summary>
    public Task<bool> TrySaveOutboxAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        var document = package.ToDocument();
        return container.PatchAsync(package.Id, package.ClinicId,
        [
            PatchOperation.Set("/outbox", document.Outbox),
            PatchOperation.Set("/pendingEvents", document.PendingEvents),
            PatchOperation.Set("/oldestPendingAt", document.OldestPendingAt),
        ], etag, cancellationToken);
    }

    public IAsyncEnumerable<Versioned<Package>> FindWithEventsPendingSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("DispatchOutbox", "oldestPendingAt", "IS_STRING(c.oldestPendingAt) AND c.oldestPendingAt <= @until",
            CosmosJson.SortableInstant(cutoff), cancellationToken);

    public async Task<Result<Page<Versioned<Package>>>> ListForClientAsync(
        string clinicId, string clientId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        // Owned or shared: both terms are indexed (/clientId/?, /beneficiaries/[]/?), in the clinic's partition.
        var query = PackagesWhere(clinicId, "(c.clientId = @clientId OR ARRAY_CONTAINS(c.beneficiaries, @clientId))").WithParameter("@clientId", clientId);
        var page = await container.QueryPageAsync<PackageDocument>(
            query, clinicId, $"client-packages\n{clinicId}\n{clientId}", continuationToken, pageSize, cancellationToken);
        return page.Map(p => new Page<Versioned<Package>>([.. p.Items.Select(Versioned)], p.ContinuationToken));
    }

    public async Task<IReadOnlyList<HistoryPage>> ReadHistoryPagesAsync(Package package, CancellationToken cancellationToken)
    {
        var pages = new List<HistoryPage>();
        for (var number = 0; number < package.HistoryPagesArchived; number++)
        {
            var stored = await container.ReadAsync<HistoryPageDocument>(
                HistoryPageDocument.IdFor(package.Id, number), package.ClinicId, DocumentTypes.HistoryPage, cancellationToken);
            if (stored is { Document: var d })
            {
                pages.Add(new HistoryPage(d.PackageId, d.Number, [.. d.Events.Select(e => e.ToEvent(package.Terms.Price.Currency))]));
            }
        }

        return pages;
    }

    public IAsyncEnumerable<Versioned<Package>> FindDueForRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("SendReminders", "nextReminderAtUtc", "c.status = 'active' AND IS_STRING(c.nextReminderAtUtc) AND c.nextReminderAtUtc <= @until",
            CosmosJson.SortableInstant(now), cancellationToken);

    public IAsyncEnumerable<Versioned<Package>> FindDueForExpiryAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("ExpirePackages", "expiresAtUtc", "c.status = 'active' AND IS_STRING(c.expiresAtUtc) AND c.expiresAtUtc <= @until",
            CosmosJson.SortableInstant(now), cancellationToken);

    public IAsyncEnumerable<Versioned<Package>> FindDueForRenewalAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("RenewMemberships", "renewsAtUtc", "IS_STRING(c.renewsAtUtc) AND c.renewsAtUtc <= @until", CosmosJson.SortableInstant(now), cancellationToken);

    public IAsyncEnumerable<Versioned<Package>> FindWithGraceEndedAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("RenewMemberships", "graceEndsAtUtc", "IS_STRING(c.graceEndsAtUtc) AND c.graceEndsAtUtc <= @until", CosmosJson.SortableInstant(now), cancellationToken);

    public IAsyncEnumerable<Versioned<Package>> FindDueForRecognitionAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("RenewMemberships", "recognizeAtUtc", "IS_STRING(c.recognizeAtUtc) AND c.recognizeAtUtc <= @until", CosmosJson.SortableInstant(now), cancellationToken);

    public IAsyncEnumerable<Versioned<Package>> FindWithTransfersPendingSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("CompleteTransfers", "transferPendingSince", "IS_STRING(c.transferPendingSince) AND c.transferPendingSince <= @until",
            CosmosJson.SortableInstant(cutoff), cancellationToken);

    public IAsyncEnumerable<Versioned<Package>> FindWithLapsedHoldsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ScanAcrossClinicsAsync("CancelUnpaidPurchases", "holdUntilUtc", "c.status = 'active' AND IS_STRING(c.holdUntilUtc) AND c.holdUntilUtc <= @until",
            CosmosJson.SortableInstant(now), cancellationToken);

    /// <summary>The clinic's packages matching <paramref name="filter"/>; the clinic is in the text, not only in the options.</summary>
    private static QueryDefinition PackagesWhere(string clinicId, string filter) =>
        new QueryDefinition($"SELECT * FROM c WHERE c.clinicId = @clinicId AND c.type = @type AND {filter}")
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@type", DocumentTypes.Package);

    private static Versioned<Package> Versioned(PackageDocument document) => new(document.ToPackage(), document.ETag!);

    /// <summary>
    /// The packages of every clinic matching <paramref name="filter"/>, in pages of <see cref="ScanPageSize"/> ordered
    /// by (<paramref name="key"/>, id) and continued after the last key seen: one query per page, whatever the number
    /// of clinics (a composite index on both paths serves the order: infra/modules/cosmos.bicep, CosmosIndexing). A
    /// package the caller changes so that it leaves the filter is not met again, and one it could not change is not
    /// met twice in a run. Package ids are unique across clinics (derived digests), so (key, id) orders totally. A
    /// document that cannot be read is logged, counted and skipped; it never stops the timer's other work.
    /// </summary>
    private async IAsyncEnumerable<Versioned<Package>> ScanAcrossClinicsAsync(
        string timer, string key, string filter, string until, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (string Key, string Id)? after = null;
        while (true)
        {
            var text = $"SELECT TOP {ScanPageSize} * FROM c WHERE c.type = @type AND {filter}"
                + (after is null ? "" : $" AND (c.{key} > @afterKey OR (c.{key} = @afterKey AND c.id > @afterId))")
                + $" ORDER BY c.{key}, c.id";
            var query = new QueryDefinition(text).WithParameter("@type", DocumentTypes.Package).WithParameter("@until", until);
            if (after is { } last)
            {
                query = query.WithParameter("@afterKey", last.Key).WithParameter("@afterId", last.Id);
            }

            var page = await container.QueryAcrossPartitionsAsync(query, cancellationToken);
            foreach (var element in page)
            {
                after = (element.GetProperty(key).GetString()!, element.GetProperty("id").GetString()!);
                if (Read(timer, element) is { } package)
                {
                    yield return package;
                }
            }

            if (page.Count < ScanPageSize)
            {
                yield break;
            }
        }
    }

    private Versioned<Package>? Read(string timer, JsonElement element)
    {
        try
        {
            return Versioned(element.Deserialize<PackageDocument>(CosmosJson.Options)!);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException or KeyNotFoundException)
        {
            metrics.Skipped(timer);
            LogUnreadable(e, timer, element.TryGetProperty("id", out var id) ? id.ToString() : "?",
                element.TryGetProperty("clinicId", out var clinic) ? clinic.ToString() : "?");
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Timer} skipped package document {PackageId} of clinic {ClinicId}: it cannot be read")]
    private partial void LogUnreadable(Exception exception, string timer, string packageId, string clinicId);
}
