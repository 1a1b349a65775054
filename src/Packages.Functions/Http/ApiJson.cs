using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http;

/// <summary>
/// The JSON dialect of the HTTP API: camelCase, one exact name per enum value, strict numbers, and strict
/// shapes: a duplicated key, an unknown field or a missing required field is refused, never guessed at.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new StrictEnumConverter() },
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// For envelopes whose items are read one by one with <see cref="Options"/> (import rows): a duplicate key
    /// inside an item must fail that item alone, so the envelope keeps items as raw JSON.
    /// </summary>
    public static JsonSerializerOptions EnvelopeOptions { get; } = new(Options) { AllowDuplicateProperties = true };
}
