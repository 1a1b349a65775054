using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Packages.Infrastructure.Cosmos;

namespace Packages.Infrastructure.Messaging;

/// <summary>
/// The events topic's JSON (docs/messages.md), owned by the publisher and no other format: camelCase,
/// string enums in camelCase, money as <c>{ "amountMinor", "currency" }</c>, dates as yyyy-MM-dd, instants in
/// UTC, and every field present (a null says "none", e.g. no expiry). Events are only written with it: one
/// read back from an outbox is published as the bytes it was stored as (<see cref="StoredEventData"/>).
/// </summary>
public static class EventJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new UtcInstantConverter() },
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
