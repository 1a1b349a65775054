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
        ], etag, cancellationToken);
    }

    public async IAsyncEnumerable<Versioned<Package>> FindWithPendingEventsAsync(
        string clinicId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var package in ScanAsync("DispatchOutbox", PackagesWhere(clinicId, "c.pendingEvents > 0"), clinicId, cancellationToken))
        {
            yield return package;
        }
    }

    public async Task<Result<Page<Versioned<Package>>>> ListForClientAsync(
        string clinicId, string clientId, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var query = PackagesWhere(clinicId, "c.clientId = @clientId").WithParameter("@clientId", clientId);
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

    public async IAsyncEnumerable<Versioned<Package>> FindDueForExpiryAsync(
        string clinicId, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = PackagesWhere(clinicId, "c.status = @active AND IS_STRING(c.expiresAtUtc) AND c.expiresAtUtc <= @now")
            .WithParameter("@active", "active")
            .WithParameter("@now", CosmosJson.SortableInstant(now));
        await foreach (var package in ScanAsync("ExpirePackages", query, clinicId, cancellationToken))
        {
            yield return package;
        }
    }

    /// <summary>The clinic's packages matching <paramref name="filter"/>; the clinic is in the text, not only in the options.</summary>
    private static QueryDefinition PackagesWhere(string clinicId, string filter) =>
        new QueryDefinition($"SELECT * FROM c WHERE c.clinicId = @clinicId AND c.type = @type AND {filter}")
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@type", DocumentTypes.Package);

    private static Versioned<Package> Versioned(PackageDocument document) => new(document.ToPackage(), document.ETag!);

    /// <summary>
    /// The packages a timer's query finds, read one by one: a document that cannot be read (written by hand,
    /// or by an older version) is logged, counted and skipped, so it never stops the timer's other work.
    /// </summary>
    private async IAsyncEnumerable<Versioned<Package>> ScanAsync(
        string timer, QueryDefinition query, string clinicId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var element in container.QueryAsync<JsonElement>(query, clinicId, cancellationToken))
        {
            Versioned<Package>? package = null;
            try
            {
                package = Versioned(element.Deserialize<PackageDocument>(CosmosJson.Options)!);
            }
            catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                metrics.Skipped(timer);
                LogUnreadable(e, timer, element.TryGetProperty("id", out var id) ? id.ToString() : "?", clinicId);
            }

            if (package is not null)
            {
                yield return package;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Timer} skipped package document {PackageId} of clinic {ClinicId}: it cannot be read")]
    private partial void LogUnreadable(Exception exception, string timer, string packageId, string clinicId);
}
