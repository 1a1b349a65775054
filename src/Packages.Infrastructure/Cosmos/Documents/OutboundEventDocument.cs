using System.Text.Json;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>An event waiting in a package's outbox.</summary>
public sealed record OutboundEventDocument(string EventId, string Type, DateTimeOffset OccurredAt, Dictionary<string, JsonElement> Data);
