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

    /// <summary>Set when the offer is a membership plan: its terms are one period's, and clients are enrolled, not sold a package.</summary>
    public MembershipPlan? Membership { get; init; }

    public static DomainError NotSoldOnline(string offerId) =>
        new(ErrorCodes.OfferNotSoldOnline, ErrorKind.Unprocessable, $"Offer '{offerId}' is sold by the clinic's staff only, not online.");

    public static DomainError Archived { get; } =
        new(ErrorCodes.OfferArchived, ErrorKind.Conflict, "This offer is archived and can no longer be sold or edited.");

    /// <summary>The terms a package is sold on: an active package offer's (a membership plan is enrolled in, not sold).</summary>
    public Result<PackageTerms> TermsForSale() =>
        Status != OfferStatus.Active ? Archived
        : Membership is not null ? Packages.MembershipErrors.OfferIsMembership(Id)
        : Terms;

    /// <summary>The terms of one period of an active membership plan.</summary>
    public Result<PackageTerms> TermsForEnrolment() =>
        Status != OfferStatus.Active ? Archived
        : Membership is null ? Packages.MembershipErrors.OfferNotMembership(Id)
        : Terms;

    public Result<Offer> Revise(PackageTerms terms, bool soldOnline, DateTimeOffset now, MembershipPlan? membership = null) =>
        Status == OfferStatus.Active ? this with { Terms = terms, SoldOnline = soldOnline, Membership = membership, UpdatedAt = now } : Archived;

    /// <summary>Stops new sales. Idempotent: archiving an archived offer changes nothing.</summary>
    public Offer Archive(DateTimeOffset now) =>
        Status == OfferStatus.Archived ? this : this with { Status = OfferStatus.Archived, UpdatedAt = now };
}
