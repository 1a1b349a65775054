using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

public sealed record OfferResponse(
    string OfferId, string ClinicId, OfferStatus Status, TermsResponse Terms, bool SoldOnline, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    MembershipPlanResponse? Membership);
