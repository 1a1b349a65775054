using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Infrastructure.Resilience;
using Polly;
using Polly.Registry;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// The one container holding every clinic's documents, partitioned by clinic id, and the few
/// operations the stores use. Every call runs through the Cosmos resilience pipeline. Point operations
/// use the stream API: expected outcomes (missing, exists, ETag mismatch) come back as values.
/// </summary>
public sealed class PackagesContainer(CosmosClient client, CosmosSettings settings, ResiliencePipelineProvider<string> pipelines)
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(CosmosResilience.PipelineName);

    public Container Container { get; } = client.GetContainer(settings.DatabaseName, settings.ContainerName);

    /// <summary>Reads a document of the given type; null when missing or of another type.</summary>
    public async Task<(T Document, string ETag)?> ReadAsync<T>(string id, string partition, string type, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ct => Container.ReadItemStreamAsync(id, new PartitionKey(partition), cancellationToken: ct),
            cancellationToken, HttpStatusCode.NotFound);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var json = await BufferAsync(response.Content, cancellationToken);
        return DocumentType.Of(json.Span) == type
            ? (JsonSerializer.Deserialize<T>(json.Span, CosmosJson.Options)!, response.Headers.ETag)
            : null;
    }

    /// <summary>Creates a document: its ETag, or null when one with the same id already exists in the partition.</summary>
    public async Task<string?> CreateAsync<T>(T document, string partition, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            ct => Container.CreateItemStreamAsync(Serialize(document), new PartitionKey(partition), cancellationToken: ct),
            cancellationToken, HttpStatusCode.Conflict);
        return response.StatusCode == HttpStatusCode.Conflict ? null : response.Headers.ETag;
    }

    /// <summary>Replaces a document only if it still has <paramref name="etag"/>; the new ETag, or null when it changed since.</summary>
    public async Task<string?> ReplaceAsync<T>(T document, string id, string partition, string etag, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            ct => Container.ReplaceItemStreamAsync(Serialize(document), id, new PartitionKey(partition), new ItemRequestOptions { IfMatchEtag = etag }, ct),
            cancellationToken, HttpStatusCode.PreconditionFailed, HttpStatusCode.NotFound);
        return response.IsSuccessStatusCode ? response.Headers.ETag : null;
    }

    /// <summary>Deletes a document only if it still has <paramref name="etag"/>; false when it changed or is gone.</summary>
    public async Task<bool> DeleteAsync(string id, string partition, string etag, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            ct => Container.DeleteItemStreamAsync(id, new PartitionKey(partition), new ItemRequestOptions { IfMatchEtag = etag }, ct),
            cancellationToken, HttpStatusCode.PreconditionFailed, HttpStatusCode.NotFound);
        return response.IsSuccessStatusCode;
    }

    public async Task UpsertAsync<T>(T document, string partition, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            ct => Container.UpsertItemStreamAsync(Serialize(document), new PartitionKey(partition), cancellationToken: ct),
            cancellationToken);
    }

    /// <summary>Applies patch operations only if the document still has <paramref name="etag"/>; false when it changed since.</summary>
    public async Task<bool> PatchAsync(string id, string partition, IReadOnlyList<PatchOperation> operations, string etag, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            ct => Container.PatchItemStreamAsync(id, new PartitionKey(partition), operations, new PatchItemRequestOptions { IfMatchEtag = etag }, ct),
            cancellationToken, HttpStatusCode.PreconditionFailed);
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Runs a query inside one partition. The query text must also filter on clinicId: the partition
    /// key in the request options alone is not trusted to scope it.
    /// </summary>
    public async IAsyncEnumerable<T> QueryAsync<T>(
        QueryDefinition query, string partition, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var iterator = Container.GetItemQueryIterator<T>(
            query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partition), MaxItemCount = 100 });
        while (iterator.HasMoreResults)
        {
            foreach (var item in await _pipeline.ExecuteAsync(async ct => await iterator.ReadNextAsync(ct), cancellationToken))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// A query across every clinic's partition whose text bounds its results (SELECT TOP n … ORDER BY): read
    /// whole, so no continuation token is needed; the caller pages by key. Optimistic direct execution skips the
    /// query plan where the container has one physical partition (the local server, small accounts); with more,
    /// the SDK plans it as any cross-partition query
    /// (https://learn.microsoft.com/azure/cosmos-db/nosql/performance-tips-query-sdk#reduce-query-plan-calls).
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>> QueryAcrossPartitionsAsync(QueryDefinition query, CancellationToken cancellationToken)
    {
        using var iterator = Container.GetItemQueryIterator<JsonElement>(query, requestOptions: new QueryRequestOptions { EnableOptimisticDirectExecution = true });
        var items = new List<JsonElement>();
        while (iterator.HasMoreResults)
        {
            items.AddRange(await _pipeline.ExecuteAsync(async ct => await iterator.ReadNextAsync(ct), cancellationToken));
        }

        return items;
    }

    /// <summary>
    /// One page of a single-partition query. Continuation tokens travel base64url-encoded; a token the
    /// server does not recognise, or one issued for another <paramref name="scope"/> (clinic, list, filter),
    /// is a validation error, not a failure.
    /// </summary>
    public async Task<Result<Page<T>>> QueryPageAsync<T>(
        QueryDefinition query, string partition, string scope, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        if (!ContinuationTokens.TryDecode(scope, continuationToken, out var cosmosToken))
        {
            return ApplicationErrors.InvalidContinuationToken;
        }

        try
        {
            using var iterator = Container.GetItemQueryIterator<T>(query, cosmosToken,
                new QueryRequestOptions { PartitionKey = new PartitionKey(partition), MaxItemCount = pageSize });
            if (!iterator.HasMoreResults)
            {
                return new Page<T>([], null);
            }

            var response = await _pipeline.ExecuteAsync(async ct => await iterator.ReadNextAsync(ct), cancellationToken);
            return new Page<T>([.. response], ContinuationTokens.Encode(scope, response.ContinuationToken));
        }
        catch (CosmosException e) when (e.StatusCode == HttpStatusCode.BadRequest && cosmosToken is not null)
        {
            return ApplicationErrors.InvalidContinuationToken;
        }
    }

    /// <summary>
    /// Whether the container answers, and how fast: one metadata read, outside the retry pipeline
    /// (a health probe wants the current answer, not a retried one).
    /// </summary>
    public async Task<(bool Reachable, TimeSpan Latency)> PingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            using var response = await Container.ReadContainerStreamAsync(cancellationToken: limit.Token);
            return (response.IsSuccessStatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or CosmosException && !cancellationToken.IsCancellationRequested)
        {
            return (false, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Creates the database and container if missing. For local use: in Azure the infra creates them.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        var database = await client.CreateDatabaseIfNotExistsAsync(settings.DatabaseName, cancellationToken: cancellationToken);
        await database.Database.CreateContainerIfNotExistsAsync(
            new ContainerProperties(settings.ContainerName, CosmosSettings.PartitionKeyPath) { IndexingPolicy = CosmosIndexing.Policy() },
            cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Sends one point operation through the pipeline. Success and the <paramref name="expected"/>
    /// statuses come back as the response; anything else throws (transient ones are retried first).
    /// </summary>
    private Task<ResponseMessage> SendAsync(
        Func<CancellationToken, Task<ResponseMessage>> send, CancellationToken cancellationToken, params HttpStatusCode[] expected) =>
        _pipeline.ExecuteAsync(async ct =>
        {
            var response = await send(ct);
            if (response.IsSuccessStatusCode || expected.Contains(response.StatusCode))
            {
                return response;
            }

            using (response)
            {
                response.EnsureSuccessStatusCode();
                return response;
            }
        }, cancellationToken).AsTask();

    /// <summary>The response body as bytes, without a copy when the SDK already holds it in memory.</summary>
    private static async Task<ReadOnlyMemory<byte>> BufferAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer.AsMemory((int)memory.Position);
        }

        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    private static MemoryStream Serialize<T>(T document)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, document, CosmosJson.Options);
        stream.Position = 0;
        return stream;
    }
}
