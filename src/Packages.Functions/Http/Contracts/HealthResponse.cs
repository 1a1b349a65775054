namespace Packages.Functions.Http.Contracts;

/// <summary>Whether the app can serve: "healthy" (200) or "unhealthy" (503), with each dependency's check.</summary>
public sealed record HealthResponse(HealthStatus Status, HealthChecks Checks);

public enum HealthStatus
{
    Healthy,
    Unhealthy,
}

public sealed record HealthChecks(CosmosCheck Cosmos);

/// <summary>A point read's round trip to Cosmos DB.</summary>
public sealed record CosmosCheck(CosmosReachability Status, long LatencyMs);

public enum CosmosReachability
{
    Reachable,
    Unreachable,
}
