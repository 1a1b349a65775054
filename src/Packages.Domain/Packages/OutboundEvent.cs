namespace Packages.Domain.Packages;

/// <summary>
/// An event for the clinic's other systems, kept in the package's outbox until published. The id is
/// "{packageId}.{sequence}", the same on every retry, so consumers and the broker can drop duplicates.
/// <see cref="Data"/> holds plain values (numbers, strings, dates) for the message body.
/// </summary>
public sealed record OutboundEvent(string EventId, string Type, DateTimeOffset OccurredAt, IReadOnlyDictionary<string, object?> Data);
