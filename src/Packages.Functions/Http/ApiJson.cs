using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http;

/// <summary>The JSON dialect of the HTTP API: camelCase, string enums, strict numbers.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
    };
}
