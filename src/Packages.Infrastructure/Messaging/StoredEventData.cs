using System.Text.Json;
using Packages.Domain.Packages.Events;

namespace Packages.Infrastructure.Messaging;

/// <summary>
/// The data of an event read back from an outbox: published as the bytes it was stored as, never
/// reinterpreted, with the schema version it was written in (2: the typed records; 1: before them).
/// </summary>
public sealed record StoredEventData(JsonElement Json, int SchemaVersion) : PackageEventData;
