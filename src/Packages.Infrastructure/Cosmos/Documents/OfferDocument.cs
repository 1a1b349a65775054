using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record OfferDocument(
    string Id,
    string ClinicId,
    TermsDocument Terms,
    OfferStatus Status,
    DateTimeOffset CreatedAt,
    string? RequestFingerprint)
{
    public string Type { get; init; } = DocumentTypes.Offer;

    public int SchemaVersion { get; init; } = 1;
}
