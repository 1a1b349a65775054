using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>A clinic's stored month closings (id "liability-closings", in the clinic's partition); see LiabilityClosings.</summary>
public sealed record LiabilityClosingsDocument(string Id, string ClinicId, string TimeZoneId, LiabilityMonthDocument[] Months)
{
    /// <summary>Months a report stored and has not verified yet (absent when none).</summary>
    public LiabilityMonthDocument[]? Unverified { get; init; }

    public const string FixedId = "liability-closings";

    public string Type { get; init; } = DocumentTypes.LiabilityClosings;

    public int SchemaVersion { get; init; } = 1;

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}

/// <summary>One ended month: "2026-11", its bounds, and a row per currency in minor units.</summary>
public sealed record LiabilityMonthDocument(string Month, DateTimeOffset From, DateTimeOffset To, LiabilityRowDocument[] Rows);

public sealed record LiabilityRowDocument(
    string Currency, long Opening, long Paid, long Recognized, long Breakage, long Refunded, long Transferred, long Imported, long Adjusted);
