namespace Packages.Infrastructure.Resilience;

/// <summary>
/// Settings of the one resilience pipeline around Cosmos calls (Cosmos__resilience__*). The chaos
/// rate injects faults (429, 503, timeouts) before that share of calls, for fault drills and tests;
/// it is 0 unless set.
/// </summary>
public sealed record CosmosResilienceOptions
{
    public int MaxRetryAttempts { get; init; } = 6;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public double BreakerFailureRatio { get; init; } = 0.8;

    public int BreakerMinimumThroughput { get; init; } = 50;

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(10);

    public double ChaosInjectionRate { get; init; }
}
