using System.Net;
using Microsoft.Azure.Cosmos;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Packages.Infrastructure.Resilience;

/// <summary>Which failures are worth retrying, and how long the service asks callers to wait.</summary>
public static class TransientFailures
{
    public static bool IsTransientStatus(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout or HttpStatusCode.Gone
        or (HttpStatusCode)449; // RetryWith

    /// <summary>True for outages and throttling that outlived the retries: callers get 503, messages are redelivered.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        CosmosException cosmos => IsTransientStatus(cosmos.StatusCode),
        TimeoutRejectedException or BrokenCircuitException or HttpRequestException => true,
        _ => false,
    };

    public static TimeSpan? RetryAfter(Exception? exception) => exception switch
    {
        CosmosException { RetryAfter: { } after } => after,
        BrokenCircuitException { RetryAfter: { } after } => after,
        _ => null,
    };
}
