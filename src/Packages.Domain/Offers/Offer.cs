using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>A package offer a clinic sells (the template). Only active offers can be sold.</summary>
public sealed record Offer(string Id, string ClinicId, PackageTerms Terms, OfferStatus Status, DateTimeOffset CreatedAt)
{
    public Result<PackageTerms> TermsForSale() =>
        Status == OfferStatus.Active
            ? Terms
            : new DomainError("offer-archived", ErrorKind.Conflict, "This offer is archived and can no longer be sold.");
}
