using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// A package offer a clinic sells (the template). Only active offers can be sold. Editing an offer
/// never reaches packages already sold: they keep the terms they were sold with.
/// </summary>
public sealed record Offer(string Id, string ClinicId, PackageTerms Terms, OfferStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DomainError Archived { get; } =
        new(ErrorCodes.OfferArchived, ErrorKind.Conflict, "This offer is archived and can no longer be sold or edited.");

    public Result<PackageTerms> TermsForSale() => Status == OfferStatus.Active ? Terms : Archived;

    public Result<Offer> Revise(PackageTerms terms, DateTimeOffset now) =>
        Status == OfferStatus.Active ? this with { Terms = terms, UpdatedAt = now } : Archived;

    /// <summary>Stops new sales. Idempotent: archiving an archived offer changes nothing.</summary>
    public Offer Archive(DateTimeOffset now) =>
        Status == OfferStatus.Archived ? this : this with { Status = OfferStatus.Archived, UpdatedAt = now };
}
