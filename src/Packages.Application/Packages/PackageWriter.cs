using Microsoft.Extensions.Logging;
using Packages.Application.Ports;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// Every package write goes through here: the state change and its events are one conditional write
/// (the outbox). With inline dispatch the command then publishes what the outbox holds, in order (its
/// own events, and any earlier ones not yet acknowledged); the outbox is emptied by the DispatchOutbox
/// timer, which publishes what is left and acknowledges it with one patch per package, so a command
/// costs only its own requests. If publishing fails or the process stops first, the events wait in the
/// outbox. Delivery is at least once; event ids are stable, so the topic's duplicate detection and
/// consumers drop repeats.
/// </summary>
public sealed partial class PackageWriter(IPackageStore store, IEventPublisher publisher, OutboxOptions options, ILogger<PackageWriter> logger)
{
    public async Task<bool> CreateAsync(Package package, CancellationToken cancellationToken)
    {
        var etag = await store.TryCreateAsync(package, cancellationToken);
        if (etag is not null && options.PublishOnWrite)
        {
            await TryPublishAsync(package, package.Outbox, cancellationToken);
        }

        return etag is not null;
    }

    public async Task<bool> ReplaceAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        var written = await store.TryReplaceAsync(package, etag, cancellationToken);
        if (written is not null && options.PublishOnWrite)
        {
            await TryPublishAsync(package, package.Outbox, cancellationToken);
        }

        return written is not null;
    }

    /// <summary>Publishes what the outbox holds, then removes it. Returns how many events were published.</summary>
    public async Task<int> DispatchAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        var pending = package.Outbox.ToList();
        if (pending.Count == 0 || !await TryPublishAsync(package, pending, cancellationToken))
        {
            return 0;
        }

        package.AcknowledgeEvents(pending.Select(e => e.EventId));
        if (!await store.TrySaveOutboxAsync(package, etag, cancellationToken))
        {
            // Another write landed meanwhile and carried these events along: they stay in the outbox, and
            // the next run sends them again under the same ids (dropped as duplicates) and acknowledges them.
            LogAcknowledgementLost(package.Id);
        }

        return pending.Count;
    }

    /// <summary>Publishes events in order; on failure they stay in the outbox for the next attempt or the timer.</summary>
    private async Task<bool> TryPublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return true;
        }

        try
        {
            await publisher.PublishAsync(package, events, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The events are safe in the outbox; the dispatcher timer retries them.
            LogPublishFailed(e, package.Id, events.Count);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {EventCount} events of package {PackageId} failed; they stay in its outbox")]
    private partial void LogPublishFailed(Exception exception, string packageId, int eventCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Events of package {PackageId} were published but the package changed before they were acknowledged")]
    private partial void LogAcknowledgementLost(string packageId);
}
