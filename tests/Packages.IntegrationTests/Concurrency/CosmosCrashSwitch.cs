using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;

namespace Packages.IntegrationTests.Concurrency;

/// <summary>
/// Stops the app at an exact step, as a crash would: the next Cosmos request matching the armed condition is never
/// sent, and the operation that made it ends with <see cref="SimulatedCrashException"/>. Nothing after that step runs.
/// </summary>
public sealed class CosmosCrashSwitch : RequestHandler, ICosmosClientConfigurer
{
    private readonly object _lock = new();
    private Func<RequestMessage, bool>? _crashWhen;

    public void Configure(CosmosClientOptions options) => options.CustomHandlers.Add(this);

    /// <summary>The next request for which <paramref name="when"/> is true is the step the app dies at.</summary>
    public void CrashAt(Func<RequestMessage, bool> when)
    {
        lock (_lock)
        {
            _crashWhen = when;
        }
    }

    public static bool IsReplace(RequestMessage request) => request.Method == HttpMethod.Put;

    public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_crashWhen is { } when && when(request))
            {
                _crashWhen = null;
                throw new SimulatedCrashException(request.RequestUri?.ToString());
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}

public sealed class SimulatedCrashException(string? step) : Exception($"The app stopped before {step}.");
