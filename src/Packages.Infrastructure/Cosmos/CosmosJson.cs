using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// How documents are written: camelCase, string enums, instants in UTC, absent rather than null, and text
/// as written ("->", "+", accents), since documents are never embedded in HTML. Package documents of an
/// older schema are upgraded as they are read (<see cref="PackageDocumentConverter"/>).
/// </summary>
public static class CosmosJson
{
    private static readonly JsonSerializerOptions Current = Create();

    public static JsonSerializerOptions Options { get; } = WithUpgrades(Current);

    /// <summary>Instants that queries compare as strings are written in one fixed-width UTC format.</summary>
    public static string SortableInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(SortableFormat, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads back what <see cref="SortableInstant"/> wrote.</summary>
    public static DateTimeOffset ParseSortableInstant(string text) =>
        new(DateTime.ParseExact(text, SortableFormat, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal), TimeSpan.Zero);

    private const string SortableFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new UtcInstantConverter() },
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonSerializerOptions WithUpgrades(JsonSerializerOptions current)
    {
        var options = new JsonSerializerOptions(current);
        options.Converters.Add(new PackageDocumentConverter(current));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
