using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http;

/// <summary>
/// Enums on the wire are exactly one documented camelCase name. The framework's string enum converter
/// also reads "cancelled,noShow" as a combination of flags, other casings and numbers in strings; those
/// must be refused, not turned into some value.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>An enum value's name on the wire: its C# name in camelCase.</summary>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum => Converter<TEnum>.ByName.TryGetValue(text ?? "", out value);

    public static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(NameOf);

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(NameOf, v => v, StringComparer.Ordinal);

        private static readonly FrozenDictionary<TEnum, JsonEncodedText> Encoded =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(NameOf(v)));

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && ByName.TryGetValue(reader.GetString()!, out var value)
                ? value
                : throw new JsonException($"Use one of: {string.Join(", ", ByName.Keys)}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Encoded.TryGetValue(value, out var name) ? name : throw new JsonException($"{value} is not a {typeof(TEnum).Name}."));
    }
}
