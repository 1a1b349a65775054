using System.Net;
using Microsoft.Azure.Cosmos;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Timeout;

namespace Packages.Infrastructure.Resilience;

/// <summary>
/// The one resilience pipeline for every Cosmos call, built once: retry with jitter honouring
/// Retry-After (outermost), circuit breaker, per-attempt timeout, and optional chaos (innermost, so
/// injected faults are handled exactly like real ones). Retried writes are safe: a write that landed
/// before its response was lost comes back as 412 or 409, which the commands already treat as
/// "decide again" or "already exists".
/// </summary>
public static class CosmosResilience
{
    public const string PipelineName = "cosmos";

    private static long _chaosFaultsInjected;

    /// <summary>How many chaos faults this process has injected (for fault drills and their reports).</summary>
    public static long ChaosFaultsInjected => Interlocked.Read(ref _chaosFaultsInjected);

    /// <summary>The pipeline outside dependency injection (tools, tests); the app registers it with AddResiliencePipeline.</summary>
    public static ResiliencePipelineRegistry<string> CreateRegistry(CosmosResilienceOptions options)
    {
        var registry = new ResiliencePipelineRegistry<string>();
        registry.TryAddBuilder(PipelineName, (builder, _) => Configure(builder, options));
        return registry;
    }

    public static void Configure(ResiliencePipelineBuilder builder, CosmosResilienceOptions options)
    {
        // Backoff runs on the real clock whatever clock the business rules use.
        builder.TimeProvider = TimeProvider.System;
        var transient = new PredicateBuilder().Handle<Exception>(TransientFailures.IsTransient);
        builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(TransientFailures.RetryAfter(args.Outcome.Exception)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.AttemptTimeout);

        if (options.ChaosInjectionRate > 0)
        {
            builder.AddChaosFault(new ChaosFaultStrategyOptions
            {
                InjectionRate = options.ChaosInjectionRate,
                FaultGenerator = _ => ValueTask.FromResult<Exception?>(ChaosFault(Random.Shared.Next(3))),
                OnFaultInjected = _ =>
                {
                    Interlocked.Increment(ref _chaosFaultsInjected);
                    return default;
                },
            });
        }
    }

    private static Exception ChaosFault(int kind) => kind switch
    {
        0 => new CosmosException("Chaos: request rate is large.", HttpStatusCode.TooManyRequests, 3200, "chaos", 0),
        1 => new CosmosException("Chaos: service unavailable.", HttpStatusCode.ServiceUnavailable, 0, "chaos", 0),
        _ => new TimeoutRejectedException("Chaos: the attempt timed out."),
    };
}
