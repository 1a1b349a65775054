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
/// clinics (the oldest pending event's time), so a run that finds nothing costs one query; it runs within the
/// timers' budget (<see cref="PackageTimerWork"/>). A package that fails is skipped (logged, counted) until the next run.
/// </summary>
public sealed partial class DispatchOutbox(
    IPackageStore packages, PackageWriter writer, OutboxOptions options, PackageTimerWork work, TimeProvider time, ILogger<DispatchOutbox> logger)
{
    public async Task<DispatchReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var published = 0;
        var cutoff = time.GetUtcNow() - options.RelayGrace;
        var report = await work.ForEachAsync("DispatchOutbox", ct => packages.FindWithEventsPendingSinceAsync(cutoff, ct), async (pending, ct) =>
        {
            Interlocked.Add(ref published, await writer.DispatchAsync(pending.Value, pending.ETag, ct));
            return true;
        }, cancellationToken);

        LogDispatched(report.PackagesChanged, published, report.Unfinished);
        return new DispatchReport(report.PackagesChanged, published);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay found {PackagesVisited} packages with pending events and published {EventsPublished} (time budget spent: {Unfinished})")]
    private partial void LogDispatched(int packagesVisited, int eventsPublished, bool unfinished);
}
