using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// An event for the clinic's other systems, kept in the package's outbox until published. The id is
/// "{packageId}.{sequence}", the same on every retry, so consumers and the broker can drop duplicates.
/// <see cref="Data"/> is the event's record (<see cref="OutboundEventTypes"/>); an event read back from the
/// store is whatever the store keeps for it, published as it was stored.
/// </summary>
public sealed record OutboundEvent(string EventId, string Type, DateTimeOffset OccurredAt, PackageEventData Data);
