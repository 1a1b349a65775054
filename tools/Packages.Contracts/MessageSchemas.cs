using System.Text.Json.Nodes;
using Packages.Domain.Packages.Events;
using Packages.Functions.Messaging;
using Packages.Infrastructure.Messaging;

namespace Packages.Contracts;

/// <summary>The JSON Schemas (2020-12) of the payments queue's messages and of the events topic's messages.</summary>
public static class MessageSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    public static JsonObject PaymentMessage()
    {
        var set = new SchemaSet(PaymentMessageJson.Options, "#/$defs/", everyPropertyRequired: false);
        set.Ref(typeof(PaymentMessage));
        var name = SchemaSet.NameOf(typeof(PaymentMessage));
        var schema = new JsonObject { ["$schema"] = Draft, ["title"] = name };
        foreach (var (key, value) in set.Schemas[name].AsObject())
        {
            schema[key] = value?.DeepClone();
        }

        schema["additionalProperties"] = true;
        schema["$comment"] = "A key given twice makes the message validation-failed; other fields of the payment system's own are ignored.";
        var defs = Defs(set, except: name);
        if (defs.Count > 0)
        {
            schema["$defs"] = defs;
        }

        return schema;
    }

    /// <summary>The envelope, with one branch per event type fixing the shape of its data.</summary>
    public static JsonObject PackageEvent()
    {
        var set = new SchemaSet(EventJson.Options, "#/$defs/", everyPropertyRequired: true);
        var branches = new JsonArray();
        foreach (var (type, data) in OutboundEventTypes.All)
        {
            branches.Add(new JsonObject
            {
                ["properties"] = new JsonObject
                {
                    ["type"] = new JsonObject { ["const"] = type },
                    ["data"] = set.Ref(data),
                },
            });
        }

        return new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = "PackageEvent",
            ["type"] = "object",
            ["required"] = new JsonArray("eventId", "type", "schemaVersion", "occurredAt", "clinicId", "packageId", "clientId", "data"),
            ["properties"] = new JsonObject
            {
                ["eventId"] = new JsonObject { ["type"] = "string", ["description"] = "{packageId}.{sequence}: the Service Bus MessageId; consumers drop duplicates by it." },
                ["type"] = new JsonObject { ["enum"] = new JsonArray([.. OutboundEventTypes.All.Select(t => (JsonNode)t.Type)]) },
                ["schemaVersion"] = new JsonObject { ["const"] = EventEnvelope.CurrentSchemaVersion },
                ["occurredAt"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                ["clinicId"] = new JsonObject { ["type"] = "string" },
                ["packageId"] = new JsonObject { ["type"] = "string" },
                ["clientId"] = new JsonObject { ["type"] = "string" },
                ["data"] = new JsonObject { ["type"] = "object" },
            },
            ["oneOf"] = branches,
            ["$defs"] = Defs(set, except: null),
        };
    }

    private static JsonObject Defs(SchemaSet set, string? except) =>
        new([.. set.Schemas.Where(s => s.Key != except).Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value.DeepClone()))]);
}
