using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http;

/// <summary>
/// The JSON dialect of the HTTP API: camelCase, one exact name per enum value, strict numbers, and strict
/// shapes: a duplicated key, an unknown field or a missing required field is refused, never guessed at.
/// Text is written as it is ("->", "+", accents): responses are application/json with nosniff, never HTML.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = ReadOnly(new(JsonSerializerDefaults.Web)
    {
        Converters = { new StrictEnumConverter() },
        PropertyNameCaseInsensitive = false,
        NumberHandling = JsonNumberHandling.Strict,
        MaxDepth = 16,
        AllowDuplicateProperties = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// For envelopes whose items are read one by one with <see cref="Options"/> (import rows): a duplicate key
    /// inside an item must fail that item alone, so the envelope keeps items as raw JSON.
    /// </summary>
    public static JsonSerializerOptions EnvelopeOptions { get; } = ReadOnly(new(Options) { AllowDuplicateProperties = true });

    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
