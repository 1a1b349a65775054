using System.Text.Json.Serialization;
using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record OfferDocument(
    string Id,
    string ClinicId,
    TermsDocument Terms,
    OfferStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? RequestFingerprint)
{
    public string Type { get; init; } = DocumentTypes.Offer;

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool SoldOnline { get; init; }

    /// <summary>Absent on a package offer.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MembershipPlanDocument? Membership { get; init; }

    public int SchemaVersion { get; init; } = 1;

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }
}
