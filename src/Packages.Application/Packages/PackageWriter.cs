using Microsoft.Extensions.Logging;
using Packages.Application.Diagnostics;
using Packages.Application.Liability;
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
/// consumers drop repeats. Events are sent in chunks of <see cref="ChunkSize"/>; what was sent before a failing
/// chunk is acknowledged. The outbox is bounded by <see cref="MaxPendingEvents"/> (see <see cref="OutboxFullException"/>).
/// The timer writes the events to the liability ledger before it publishes and acknowledges them (<see cref="LiabilityProjection"/>):
/// every event passes through it before it leaves the outbox, and a command pays nothing for the ledger.
/// </summary>
public sealed partial class PackageWriter(
    IPackageStore store, IEventPublisher publisher, LiabilityProjection liability, OutboxOptions options, PackagesMetrics metrics, ILogger<PackageWriter> logger)
{
    /// <summary>Events per publish call: a few small batches on the topic, whatever the backlog.</summary>
    public const int ChunkSize = 50;

    /// <summary>
    /// At most this many unpublished events per package for changes made through the API or the timers (about 400
    /// bytes each: under 100 KB of a 2 MB document). A command adds at most a few, so a package reaches it only after
    /// about a hundred changes while the topic is down.
    /// </summary>
    public const int MaxPendingEvents = 250;

    /// <summary>
    /// The hard cap, for money arriving from the payment system: a payment is recorded past the soft bound, so it is
    /// not dead-lettered during an outage of the events topic (about 400 KB at most, still far below 2 MB).
    /// </summary>
    public const int MaxPendingEventsForPayments = 1_000;

    public async Task<bool> CreateAsync(Package package, CancellationToken cancellationToken)
    {
        var etag = await store.TryCreateAsync(package, cancellationToken);
        if (etag is not null && options.PublishOnWrite)
        {
            await PublishInChunksAsync(package, package.Outbox, cancellationToken);
        }

        return etag is not null;
    }

    /// <param name="outboxBound">How many unpublished events the write may leave: <see cref="MaxPendingEvents"/> unless a payment.</param>
    public async Task<bool> ReplaceAsync(Package package, string etag, CancellationToken cancellationToken, int outboxBound = MaxPendingEvents)
    {
        if (package.Outbox.Count > outboxBound)
        {
            metrics.OutboxFull();
            LogOutboxFull(package.Id, package.Outbox.Count);
            throw new OutboxFullException(package.Id, package.Outbox.Count);
        }

        var written = await store.TryReplaceAsync(package, etag, cancellationToken);
        if (written is not null && options.PublishOnWrite)
        {
            await PublishInChunksAsync(package, package.Outbox, cancellationToken);
        }

        return written is not null;
    }

    /// <summary>Writes what the outbox holds to the liability ledger, publishes it, then removes it. Returns how many events were published.</summary>
    public async Task<int> DispatchAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        await liability.RecordAsync(package, package.Outbox, cancellationToken);
        var sent = await PublishInChunksAsync(package, package.Outbox.ToList(), cancellationToken);
        if (sent.Count == 0)
        {
            return 0;
        }

        package.AcknowledgeEvents(sent.Select(e => e.EventId));
        if (!await store.TrySaveOutboxAsync(package, etag, cancellationToken))
        {
            // Another write landed meanwhile and carried these events along: they stay in the outbox, and
            // the next run sends them again under the same ids (dropped as duplicates) and acknowledges them.
            LogAcknowledgementLost(package.Id);
        }

        return sent.Count;
    }

    /// <summary>
    /// Publishes events in order, a chunk at a time; returns those sent before any failure. The rest stay in the
    /// outbox for the next attempt or the timer.
    /// </summary>
    private async Task<IReadOnlyList<OutboundEvent>> PublishInChunksAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        var sent = 0;
        try
        {
            foreach (var chunk in events.Chunk(ChunkSize))
            {
                await publisher.PublishAsync(package, chunk, cancellationToken);
                sent += chunk.Length;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The events are safe in the outbox; the dispatcher timer retries them.
            LogPublishFailed(e, package.Id, events.Count - sent);
        }

        return events.Take(sent).ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {EventCount} events of package {PackageId} failed; they stay in its outbox")]
    private partial void LogPublishFailed(Exception exception, string packageId, int eventCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Package {PackageId} has {Pending} unpublished events: changes to it are refused until the outbox drains (is the events topic reachable?)")]
    private partial void LogOutboxFull(string packageId, int pending);

    [LoggerMessage(Level = LogLevel.Information, Message = "Events of package {PackageId} were published but the package changed before they were acknowledged")]
    private partial void LogAcknowledgementLost(string packageId);
}
