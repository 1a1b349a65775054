using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

public sealed record OfferResponse(
    string OfferId, string ClinicId, OfferStatus Status, TermsResponse Terms, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
