using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>Domain → response shapes, in one place.</summary>
public static class ContractMapping
{
    public static MoneyDto ToDto(this Money money) => new(money.AmountMinor, money.Currency);

    public static ClinicResponse ToResponse(this Clinic clinic) => new(clinic.Id, clinic.Name, clinic.TimeZoneId);

    public static TermsResponse ToResponse(this PackageTerms terms) => new(
        terms.Name,
        terms.Price.ToDto(),
        terms.Sessions,
        terms.EligibleServiceTypes,
        terms.ServiceTypeCaps,
        terms.DefaultExpiry.NeverExpires ? null : new ExpiryPolicyDto(terms.DefaultExpiry.Count!.Value, terms.DefaultExpiry.Unit!.Value),
        terms.AllowInstallments);

    public static OfferResponse ToResponse(this Offer offer) =>
        new(offer.Id, offer.ClinicId, Camel(offer.Status.ToString()), offer.Terms.ToResponse(), offer.CreatedAt);

    public static ReceiptResponse ToResponse(this Receipt receipt) => new(
        receipt.PackageId, receipt.PackageName, receipt.AppointmentId, receipt.ServiceType, receipt.SessionNumber,
        receipt.SessionsTotal, receipt.SessionsRemaining, receipt.Value.ToDto(), receipt.RedeemedAt);

    public static PackageResponse ToResponse(this Package package, DateTimeOffset now) => new(
        package.Id,
        package.ClinicId,
        package.ClientId,
        package.OfferId,
        Camel(package.Status.ToString()),
        package.IsRedeemable(now),
        package.Terms.ToResponse(),
        package.SessionsUsed,
        package.SessionsRemaining,
        package.AmountPaid.ToDto(),
        package.AmountDue.ToDto(),
        package.Overpayment.ToDto(),
        package.PurchasedAt,
        package.ExpiresOn,
        package.ExpiresAt,
        package.TimeZoneId,
        [.. package.Redemptions.Select(r => new RedemptionResponse(
            r.AppointmentId, r.ServiceType, r.Slot + 1, r.Value.ToDto(), r.RedeemedAt, r.ReversedAt))]);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
