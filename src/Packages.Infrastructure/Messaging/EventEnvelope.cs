using System.Text.Json;
using Packages.Domain.Common;
using Packages.Domain.Liability;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Messaging;

/// <summary>
/// The JSON body of every event message (docs/messages.md). <see cref="Data"/> is the event type's record;
/// <see cref="SchemaVersion"/> 2 says it is (1: an event raised before typed events, in its original shape).
/// </summary>
public sealed record EventEnvelope(
    string EventId,
    string Type,
    int SchemaVersion,
    DateTimeOffset OccurredAt,
    string ClinicId,
    string PackageId,
    string ClientId,
    object Data)
{
    public const int CurrentSchemaVersion = 2;

    public static EventEnvelope From(Package package, OutboundEvent e) => e.Data is StoredEventData stored
        ? new(e.EventId, e.Type, stored.SchemaVersion, e.OccurredAt, package.ClinicId, package.Id, package.ClientId, stored.Json)
        : new(e.EventId, e.Type, CurrentSchemaVersion, e.OccurredAt, package.ClinicId, package.Id, package.ClientId, e.Data);

    public static byte[] Serialize(Package package, OutboundEvent e) =>
        JsonSerializer.SerializeToUtf8Bytes(From(package, e), EventJson.Options);

    /// <summary>How the outbox stores an event: its data already in the topic's JSON.</summary>
    public static OutboundEventDocument ToDocument(OutboundEvent e) => e.Data is StoredEventData stored
        ? new(e.EventId, e.Type, e.OccurredAt, stored.Json, stored.SchemaVersion)
        : new(e.EventId, e.Type, e.OccurredAt, JsonSerializer.SerializeToElement(e.Data, e.Data.GetType(), EventJson.Options), CurrentSchemaVersion);

    /// <summary>An event read back from the outbox: published as stored; its liability change read out for the ledger.</summary>
    public static OutboundEvent FromDocument(OutboundEventDocument d) =>
        new(d.EventId, d.Type, d.OccurredAt, new StoredEventData(d.Data.Clone(), d.SchemaVersion) { Liability = LiabilityOf(d.Data) });

    /// <summary>Read field by field: Money is a domain value without serialization attributes (a struct STJ would build empty).</summary>
    private static LiabilityChange? LiabilityOf(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("liability", out var liability) || liability.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        static Money MoneyOf(JsonElement money) => new(money.GetProperty("amountMinor").GetInt64(), money.GetProperty("currency").GetString()!);
        return new LiabilityChange(
            [.. liability.GetProperty("parts").EnumerateArray().Select(p =>
                new LiabilityPart(p.GetProperty("category").Deserialize<LiabilityCategory>(EventJson.Options), MoneyOf(p.GetProperty("change"))))],
            MoneyOf(liability.GetProperty("change")),
            MoneyOf(liability.GetProperty("balance")),
            liability.GetProperty("effectiveAt").GetDateTimeOffset(),
            liability.GetProperty("owner").GetString()!);
    }
}
