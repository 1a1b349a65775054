using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// A package offer a clinic sells (the template). Only active offers can be sold. Editing an offer
/// never reaches packages already sold: they keep the terms they were sold with.
/// </summary>
public sealed record Offer(string Id, string ClinicId, PackageTerms Terms, OfferStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>Whether patients may buy it themselves, online (for themselves or as a gift for another client).</summary>
    public bool SoldOnline { get; init; }

    public static DomainError NotSoldOnline(string offerId) =>
        new(ErrorCodes.OfferNotSoldOnline, ErrorKind.Unprocessable, $"Offer '{offerId}' is sold by the clinic's staff only, not online.");

    public static DomainError Archived { get; } =
        new(ErrorCodes.OfferArchived, ErrorKind.Conflict, "This offer is archived and can no longer be sold or edited.");

    public Result<PackageTerms> TermsForSale() => Status == OfferStatus.Active ? Terms : Archived;

    public Result<Offer> Revise(PackageTerms terms, bool soldOnline, DateTimeOffset now) =>
        Status == OfferStatus.Active ? this with { Terms = terms, SoldOnline = soldOnline, UpdatedAt = now } : Archived;

    /// <summary>Stops new sales. Idempotent: archiving an archived offer changes nothing.</summary>
    public Offer Archive(DateTimeOffset now) =>
        Status == OfferStatus.Archived ? this : this with { Status = OfferStatus.Archived, UpdatedAt = now };
}
