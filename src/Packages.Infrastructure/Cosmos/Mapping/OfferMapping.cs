using Packages.Domain.Offers;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class OfferMapping
{
    public static OfferDocument ToDocument(this Offer offer, string? fingerprint) =>
        new(offer.Id, offer.ClinicId, offer.Terms.ToDocument(), offer.Status, offer.CreatedAt, offer.UpdatedAt, fingerprint)
        {
            SoldOnline = offer.SoldOnline, Membership = offer.Membership is { } plan ? MembershipPlanDocument.From(plan) : null,
        };

    public static Offer ToOffer(this OfferDocument document) =>
        new(document.Id, document.ClinicId, document.Terms.ToTerms(), document.Status, document.CreatedAt, document.UpdatedAt)
        {
            SoldOnline = document.SoldOnline, Membership = document.Membership?.ToPlan(),
        };
}
