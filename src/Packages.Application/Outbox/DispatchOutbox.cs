using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Application.Ports;

namespace Packages.Application.Outbox;

public sealed record DispatchReport(int PackagesVisited, int EventsPublished);

/// <summary>
/// The outbox relay: publishes and acknowledges events that are still in packages' outboxes after the grace
/// period (<see cref="OutboxOptions.RelayGrace"/>): their inline publish failed, the process stopped between the
/// write and the publish, or they wait to be acknowledged. One indexed query per page finds them across all
/// clinics (the oldest pending event's time), so a run that finds nothing costs one query. A package that fails
/// is skipped (logged, counted) until the next run; the others go out.
/// </summary>
public sealed partial class DispatchOutbox(
    IPackageStore packages, PackageWriter writer, OutboxOptions options, TimerItems items, TimeProvider time, ILogger<DispatchOutbox> logger)
{
    public async Task<DispatchReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        int visited = 0, published = 0;
        await Parallel.ForEachAsync(
            packages.FindWithEventsPendingSinceAsync(time.GetUtcNow() - options.RelayGrace, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = PackageTimerWork.Parallelism, CancellationToken = cancellationToken },
            async (pending, ct) =>
            {
                Interlocked.Increment(ref visited);
                await items.TryAsync("DispatchOutbox", $"package {pending.Value.Id}",
                    async () => Interlocked.Add(ref published, await writer.DispatchAsync(pending.Value, pending.ETag, ct)), ct);
            });

        LogDispatched(visited, published);
        return new DispatchReport(visited, published);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay found {PackagesVisited} packages with pending events and published {EventsPublished}")]
    private partial void LogDispatched(int packagesVisited, int eventsPublished);
}
