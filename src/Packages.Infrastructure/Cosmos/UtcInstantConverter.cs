using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// Instants stored as UTC with a "Z" and no trailing zeros ("2026-11-26T15:00:00.333Z"): what an operator
/// reads in Data Explorer, a few bytes shorter than "+00:00". Any ISO 8601 offset is read.
/// </summary>
public sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
