using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// Reads every package document as the current schema: one written by an older version is upgraded in
/// memory first (<see cref="SchemaVersion2"/>), so point reads, pages and timer queries all see version 3.
/// A current document is read once: its schemaVersion is found on a copy of the reader first.
/// </summary>
internal sealed class PackageDocumentConverter(JsonSerializerOptions inner) : JsonConverter<PackageDocument>
{
    public override PackageDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (SchemaVersionOf(reader) >= PackageDocument.CurrentSchemaVersion)
        {
            return JsonSerializer.Deserialize<PackageDocument>(ref reader, inner)!;
        }

        var upgraded = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("A package document must be a JSON object.");
        SchemaVersion2.Upgrade(upgraded);
        return upgraded.Deserialize<PackageDocument>(inner)!;
    }

    public override void Write(Utf8JsonWriter writer, PackageDocument value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, inner);

    /// <summary>The top-level schemaVersion (0 when absent), read on a copy: the caller's reader does not move.</summary>
    private static int SchemaVersionOf(Utf8JsonReader copy)
    {
        if (copy.TokenType != JsonTokenType.StartObject)
        {
            return 0;
        }

        while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = copy.ValueTextEquals("schemaVersion"u8);
            copy.Read();
            if (isVersion)
            {
                return copy.TokenType == JsonTokenType.Number && copy.TryGetInt32(out var version) ? version : 0;
            }

            copy.Skip();
        }

        return 0;
    }
}
