using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;
using Packages.Infrastructure.Cosmos;

namespace Packages.Functions.Http.Health;

/// <summary>
/// GET /api/health: 200 when Cosmos DB answers within 5 s, 503 otherwise. Public (for probes and
/// availability tests) and reveals no data: only whether the dependency is reachable and how fast.
/// </summary>
public sealed class HealthFunction(PackagesContainer container)
{
    [Function("Health")]
    [ApiOperation("Service", "Whether Cosmos DB is reachable, and how fast", Response = typeof(HealthResponse), ResponseDescription = "healthy (503 with the same body: unhealthy)")]
    [PublicEndpoint]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var cosmos = await container.PingAsync(TimeSpan.FromSeconds(5), cancellationToken);
        var body = new HealthResponse(
            cosmos.Reachable ? HealthStatus.Healthy : HealthStatus.Unhealthy,
            new HealthChecks(new CosmosCheck(cosmos.Reachable ? CosmosReachability.Reachable : CosmosReachability.Unreachable, (long)cosmos.Latency.TotalMilliseconds)));
        return new JsonResponse(body, cosmos.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
