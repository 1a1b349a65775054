using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Application.Ports;

namespace Packages.Application.Outbox;

public sealed record DispatchReport(int PackagesVisited, int EventsPublished);

/// <summary>
/// The outbox sweep: publishes events left in packages' outboxes (publishing failed, or the process
/// stopped between the write and the publish). Asks each clinic only for packages with pending events. A
/// clinic or package that fails is skipped (logged, counted) until the next run; the others go out.
/// </summary>
public sealed partial class DispatchOutbox(
    IClinicStore clinics, IPackageStore packages, PackageWriter writer, TimerItems items, ILogger<DispatchOutbox> logger)
{
    public async Task<DispatchReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        int visited = 0, published = 0;
        await foreach (var clinicId in clinics.ListClinicIdsAsync(cancellationToken))
        {
            await items.TryAsync("DispatchOutbox", $"clinic {clinicId}", async () =>
            {
                await foreach (var pending in packages.FindWithPendingEventsAsync(clinicId, cancellationToken))
                {
                    visited++;
                    await items.TryAsync("DispatchOutbox", $"package {pending.Value.Id}",
                        async () => published += await writer.DispatchAsync(pending.Value, pending.ETag, cancellationToken), cancellationToken);
                }
            }, cancellationToken);
        }

        LogDispatched(visited, published);
        return new DispatchReport(visited, published);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox sweep found {PackagesVisited} packages with pending events and published {EventsPublished}")]
    private partial void LogDispatched(int packagesVisited, int eventsPublished);
}
