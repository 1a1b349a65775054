using System.Text.Json;
using System.Text.Json.Serialization;
using Packages.Functions.Http;

namespace Packages.Functions.Messaging;

/// <summary>
/// The payments queue's JSON (docs/messages.md), its own settings: camelCase, strict numbers (an amount is an
/// integer, never a string), one spelling per enum value, a key given twice refused (it would make the message
/// mean two things), and unknown fields ignored so a payment system can add its own.
/// </summary>
public static class PaymentMessageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            NumberHandling = JsonNumberHandling.Strict,
            AllowDuplicateProperties = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
            Converters = { new StrictEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
