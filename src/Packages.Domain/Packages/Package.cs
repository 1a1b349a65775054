using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Domain.Packages;

/// <summary>
/// A package sold to a client: the aggregate that owns every redemption and payment rule.
/// Commands check state before changing it; a refused command changes nothing.
/// Split over partial files by concern (redemptions, payments, lifecycle).
/// </summary>
public sealed partial class Package
{
    private readonly List<PaymentEntry> _payments;
    private readonly List<Redemption> _redemptions;

    /// <summary>Rebuilds a stored package. New packages come from <see cref="Sell"/>.</summary>
    public Package(
        string id,
        string clinicId,
        string clientId,
        string offerId,
        PackageTerms terms,
        string timeZoneId,
        DateTimeOffset purchasedAt,
        DateOnly? expiresOn,
        PackageStatus status,
        IEnumerable<PaymentEntry> payments,
        IEnumerable<Redemption> redemptions)
    {
        Id = id;
        ClinicId = clinicId;
        ClientId = clientId;
        OfferId = offerId;
        Terms = terms;
        TimeZoneId = timeZoneId;
        PurchasedAt = purchasedAt;
        ExpiresOn = expiresOn;
        Status = status;
        _payments = [.. payments];
        _redemptions = [.. redemptions];
    }

    public string Id { get; }

    public string ClinicId { get; }

    public string ClientId { get; }

    public string OfferId { get; }

    /// <summary>The offer's terms as they were at the sale.</summary>
    public PackageTerms Terms { get; }

    public string TimeZoneId { get; }

    public DateTimeOffset PurchasedAt { get; }

    /// <summary>The last local day the package can be used; null means it never expires.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public PackageStatus Status { get; private set; }

    public IReadOnlyList<PaymentEntry> Payments => _payments;

    public IReadOnlyList<Redemption> Redemptions => _redemptions;

    /// <summary>The instant the package expires: the end of <see cref="ExpiresOn"/> in the clinic's zone.</summary>
    public DateTimeOffset? ExpiresAt =>
        ExpiresOn is { } day ? ClinicCalendar.EndOfDay(day, ClinicCalendar.FindZone(TimeZoneId)) : null;

    public Money AmountPaid =>
        _payments.Where(p => p.State == PaymentState.Applied)
                 .Aggregate(Money.Zero(Terms.Price.Currency), (sum, p) => sum.Add(p.Amount));

    public Money AmountDue =>
        AmountPaid.IsAtLeast(Terms.Price) ? Money.Zero(Terms.Price.Currency) : Terms.Price.Subtract(AmountPaid);

    /// <summary>What was paid beyond the price: recorded, never lost (refunded or credited by the clinic).</summary>
    public Money Overpayment =>
        AmountPaid.IsAtLeast(Terms.Price) ? AmountPaid.Subtract(Terms.Price) : Money.Zero(Terms.Price.Currency);

    public bool IsFullyPaid => AmountPaid.IsAtLeast(Terms.Price);

    public int SessionsUsed => _redemptions.Count(r => r.IsActive);

    public int SessionsRemaining => Terms.Sessions - SessionsUsed;

    public static Package Sell(string id, string clientId, Offer offer, PackageTerms terms, Clinic clinic, DateTimeOffset now)
    {
        var purchaseDay = ClinicCalendar.LocalDate(now, clinic.TimeZone);
        return new Package(
            id, clinic.Id, clientId, offer.Id, terms, clinic.TimeZoneId, now,
            terms.DefaultExpiry.LastDayFor(purchaseDay), PackageStatus.Active, [], []);
    }

    public bool IsPastExpiry(DateTimeOffset now) => ExpiresAt is { } at && now >= at;

    /// <summary>Whether a session could be redeemed now, ignoring service type and caps.</summary>
    public bool IsRedeemable(DateTimeOffset now) => CheckRedeemable(now) is null;

    private DomainError? CheckRedeemable(DateTimeOffset now)
    {
        if (Status == PackageStatus.Cancelled)
        {
            return PackageErrors.Cancelled;
        }

        if (Status == PackageStatus.Expired || IsPastExpiry(now))
        {
            return PackageErrors.Expired(ExpiresOn!.Value);
        }

        if (SessionsRemaining <= 0)
        {
            return PackageErrors.Exhausted;
        }

        if (Terms.AllowInstallments)
        {
            return CoveredByPayments(NextFreeSlot()) ? null : PackageErrors.InstallmentNotCovered;
        }

        return IsFullyPaid ? null : PackageErrors.NotPaid(AmountDue.AmountMinor, AmountDue.Currency);
    }
}
