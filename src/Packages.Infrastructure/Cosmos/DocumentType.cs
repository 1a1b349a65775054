using System.Text.Json;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// Reads a stored document's top-level "type" without materialising the document, so a point read of
/// the wrong kind (an offer's id asked for as a package) is refused before any deserialization.
/// </summary>
public static class DocumentType
{
    public static string? Of(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
