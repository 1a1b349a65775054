namespace Packages.Application.Packages;

/// <summary>
/// A package's outbox holds <see cref="PackageWriter.MaxPendingEvents"/> events not yet published (the events topic
/// has been unreachable for a long time): further changes to it wait until the dispatcher drains it, rather than
/// growing the document toward Cosmos DB's 2 MB item limit or dropping events. HTTP answers 503 event-backlog
/// with Retry-After. Payments go on up to <see cref="PackageWriter.MaxPendingEventsForPayments"/>; past that a payment
/// message is redelivered and, after the queue's max delivery count, dead-lettered (replay it once the topic is
/// back). Counted (packages.outbox.full) and logged as an error.
/// </summary>
public sealed class OutboxFullException(string packageId, int pending)
    : Exception($"Package {packageId} has {pending} unpublished events; changes wait until the outbox is drained.")
{
    public string PackageId { get; } = packageId;
}
