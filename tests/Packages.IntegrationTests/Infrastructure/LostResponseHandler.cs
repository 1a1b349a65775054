using System.Net;
using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// Fault injection below the resilience pipeline: for a share of writes, the request reaches the server
/// and is applied, but its response is replaced by a 503 — the case where a blind retry would apply a
/// command twice. Also a client configurer, so the app's own CosmosClient gets it.
/// </summary>
public sealed class LostResponseHandler(double rate, int seed) : RequestHandler, ICosmosClientConfigurer
{
    private readonly Random _random = new(seed);
    private int _lost;

    public int Lost => _lost;

    public void Configure(CosmosClientOptions options) => options.CustomHandlers.Add(this);

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        bool lose;
        lock (_random)
        {
            lose = request.Method != HttpMethod.Get && response.IsSuccessStatusCode && _random.NextDouble() < rate;
        }

        if (!lose)
        {
            return response;
        }

        Interlocked.Increment(ref _lost);
        response.Dispose();
        return new ResponseMessage(HttpStatusCode.ServiceUnavailable, request, "Injected: the write was applied but its response was lost.");
    }
}
