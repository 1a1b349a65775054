using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// Reads every package document as the current schema: one written by an older version is upgraded in
/// memory first (<see cref="SchemaVersion2"/>), so point reads, pages and timer queries all see version 3.
/// </summary>
internal sealed class PackageDocumentConverter(JsonSerializerOptions inner) : JsonConverter<PackageDocument>
{
    public override PackageDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var json = JsonDocument.ParseValue(ref reader);
        var root = json.RootElement;
        if (root.TryGetProperty("schemaVersion", out var version) && version.TryGetInt32(out var v) && v >= PackageDocument.CurrentSchemaVersion)
        {
            return root.Deserialize<PackageDocument>(inner)!;
        }

        var upgraded = JsonObject.Create(root) ?? throw new JsonException("A package document must be a JSON object.");
        SchemaVersion2.Upgrade(upgraded);
        return upgraded.Deserialize<PackageDocument>(inner)!;
    }

    public override void Write(Utf8JsonWriter writer, PackageDocument value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, inner);
}
