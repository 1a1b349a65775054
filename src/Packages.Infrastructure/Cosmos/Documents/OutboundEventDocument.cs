using System.Text.Json;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// An event waiting in a package's outbox, its <see cref="Data"/> already in the events topic's JSON
/// (<see cref="Messaging.EventJson"/>), so it is published exactly as it was stored.
/// <see cref="SchemaVersion"/> is the data's schema: 2 for the typed records; 1 (absent) for events raised
/// before them, which are published in the shape they were raised with.
/// </summary>
public sealed record OutboundEventDocument(string EventId, string Type, DateTimeOffset OccurredAt, JsonElement Data, int SchemaVersion = 1);
