using Microsoft.Extensions.Logging;
using Packages.Application.Ports;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// Every package write goes through here: the state change and its events are one conditional write
/// (the outbox). With inline dispatch the events are then published and acknowledged (one more request);
/// with deferred dispatch the DispatchOutbox timer does it, so a command costs only its own write. Either
/// way, if publishing fails or the process stops first, the events wait in the outbox for the timer.
/// Delivery is at least once; event ids are stable, so consumers drop duplicates.
/// </summary>
public sealed partial class PackageWriter(IPackageStore store, IEventPublisher publisher, OutboxOptions options, ILogger<PackageWriter> logger)
{
    public async Task<bool> CreateAsync(Package package, CancellationToken cancellationToken)
    {
        var etag = await store.TryCreateAsync(package, cancellationToken);
        if (etag is not null && options.DispatchInline)
        {
            await DispatchAsync(package, etag, cancellationToken);
        }

        return etag is not null;
    }

    public async Task<bool> ReplaceAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        var written = await store.TryReplaceAsync(package, etag, cancellationToken);
        if (written is not null && options.DispatchInline)
        {
            await DispatchAsync(package, written, cancellationToken);
        }

        return written is not null;
    }

    /// <summary>Publishes what the outbox holds, then removes it. Returns how many events were published.</summary>
    public async Task<int> DispatchAsync(Package package, string etag, CancellationToken cancellationToken)
    {
        var pending = package.Outbox.ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        try
        {
            await publisher.PublishAsync(package, pending, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The events are safe in the outbox; the dispatcher timer retries them.
            LogPublishFailed(e, package.Id, pending.Count);
            return 0;
        }

        package.AcknowledgeEvents(pending.Select(e => e.EventId));
        if (!await store.TrySaveOutboxAsync(package, etag, cancellationToken))
        {
            // Another write landed meanwhile and carried these events along: it publishes them again
            // under the same ids, which consumers drop as duplicates.
            LogAcknowledgementLost(package.Id);
        }

        return pending.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {EventCount} events of package {PackageId} failed; they stay in its outbox")]
    private partial void LogPublishFailed(Exception exception, string packageId, int eventCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Events of package {PackageId} were published but the package changed before they were acknowledged")]
    private partial void LogAcknowledgementLost(string packageId);
}
