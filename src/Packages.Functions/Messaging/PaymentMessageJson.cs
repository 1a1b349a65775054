using System.Text.Json;
using System.Text.Json.Serialization;
using Packages.Functions.Http;

namespace Packages.Functions.Messaging;

/// <summary>
/// The JSON dialect of payment messages: camelCase and strict numbers, a duplicated key refused (it would
/// make the message mean two things), unknown fields ignored so a payment system can add its own.
/// </summary>
public static class PaymentMessageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new StrictEnumConverter() },
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
        AllowDuplicateProperties = false,
    };
}
