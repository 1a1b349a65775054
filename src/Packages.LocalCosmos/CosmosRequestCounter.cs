using System.Collections.Concurrent;
using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;

namespace Packages.LocalCosmos;

/// <summary>
/// Counts the requests the app's CosmosClient sends, by operation (read, query, create, upsert, replace,
/// patch, delete), and the bytes of the documents it writes. Read it around one
/// command to know that command's cost in requests. For tests and benchmarks.
/// </summary>
public sealed class CosmosRequestCounter : RequestHandler, ICosmosClientConfigurer
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private long _bytesWritten;

    public int Total => _counts.Values.Sum();

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    public IReadOnlyDictionary<string, int> Counts => new Dictionary<string, int>(_counts);

    public void Configure(CosmosClientOptions options) => options.CustomHandlers.Add(this);

    public void Reset()
    {
        _counts.Clear();
        Interlocked.Exchange(ref _bytesWritten, 0);
    }

    private static string Operation(RequestMessage request) => request.Method.Method switch
    {
        "GET" => "read",
        "PUT" => "replace",
        "PATCH" => "patch",
        "DELETE" => "delete",
        _ when request.Headers["x-ms-documentdb-isquery"] is "True" or "true" => "query",
        _ when request.Headers["x-ms-documentdb-is-upsert"] is "True" or "true" => "upsert",
        _ => "create",
    };

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        _counts.AddOrUpdate(Operation(request), 1, (_, n) => n + 1);
        if (request.Content is { CanSeek: true } body && request.Method != HttpMethod.Get)
        {
            Interlocked.Add(ref _bytesWritten, body.Length);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
