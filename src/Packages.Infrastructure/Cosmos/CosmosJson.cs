using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos;

/// <summary>How documents are written: camelCase, string enums, ISO dates, absent rather than null.</summary>
public static class CosmosJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Instants that queries compare as strings are written in one fixed-width UTC format.</summary>
    public static string SortableInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
