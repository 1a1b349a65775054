namespace Packages.Functions.Http.Contracts;

public sealed record OfferResponse(string OfferId, string ClinicId, string Status, TermsResponse Terms, DateTimeOffset CreatedAt);
