using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;

namespace Packages.IntegrationTests.Concurrency;

/// <summary>
/// Holds one Cosmos request, after its response arrived, until the test lets it go: a request is stopped at an
/// exact step (just after its candidates query, just after creating its appointment claim) while other
/// requests run to completion. Interleavings are chosen by the test, not left to timing. Optionally adds a
/// seeded random delay to every request, to explore many more interleavings in stress runs.
/// </summary>
public sealed class CosmosStepGate : RequestHandler, ICosmosClientConfigurer
{
    private readonly object _lock = new();
    private Func<RequestMessage, bool>? _holdWhen;
    private TaskCompletionSource? _held;
    private TaskCompletionSource? _release;
    private Random? _jitter;

    public void Configure(CosmosClientOptions options) => options.CustomHandlers.Add(this);

    /// <summary>The next request matching <paramref name="when"/> is held after its response; await the returned task to know it is.</summary>
    public Task HoldNext(Func<RequestMessage, bool> when)
    {
        lock (_lock)
        {
            _holdWhen = when;
            _held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _held.Task;
        }
    }

    public void Release() => _release?.TrySetResult();

    /// <summary>Delays every request by 0-3 ms, drawn from a generator seeded with <paramref name="seed"/>.</summary>
    public void Jitter(int seed) => _jitter = new Random(seed);

    public void StopJitter() => _jitter = null;

    public static bool IsQuery(RequestMessage request) => request.Headers["x-ms-documentdb-isquery"] is "True" or "true";

    /// <summary>A document create (not a query, not a replace): in a redemption, the appointment claim.</summary>
    public static bool IsCreate(RequestMessage request) =>
        request.Method == HttpMethod.Post && !IsQuery(request) && request.Headers["x-ms-documentdb-is-upsert"] is not ("True" or "true");

    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        if (_jitter is { } random)
        {
            int delay;
            lock (random)
            {
                delay = random.Next(0, 4);
            }

            await Task.Delay(delay, cancellationToken);
        }

        var hold = false;
        lock (_lock)
        {
            if (_holdWhen is { } when && when(request))
            {
                _holdWhen = null;
                hold = true;
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (hold)
        {
            _held!.TrySetResult();
            await _release!.Task;
        }

        return response;
    }
}
