using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// A patient's online purchases awaiting payment (id "unpaid-purchases.{clientId}", in the clinic's partition): at most
/// the clinic's limit of entries. No other kind of document has an id starting "unpaid-purchases.".
/// </summary>
public sealed record UnpaidPurchasesDocument(string Id, string ClinicId, string ClientId, HeldPurchaseDocument[] Held)
{
    public string Type { get; init; } = DocumentTypes.UnpaidPurchases;

    public int SchemaVersion { get; init; } = 1;

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    public static string IdFor(string clientId) => $"unpaid-purchases.{clientId}";
}

public sealed record HeldPurchaseDocument(string PackageId, DateTimeOffset At);
