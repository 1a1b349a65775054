using System.ComponentModel;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// An online purchase as its buyer follows it: what was bought, for whom, the amount the payment system collects, and
/// the reference it must name (the package id). A gift's giver sees this, not the package itself.
/// </summary>
public sealed record PurchaseResponse(
    string PackageId,
    string OfferId,
    string PackageName,
    string BuyerClientId,
    [property: Description("Who owns the package: the buyer, or the recipient of a gift.")] string OwnerClientId,
    MoneyDto Amount,
    PurchaseStatus Status,
    [property: Description("Until the first payment: when the purchase is cancelled if still unpaid.")] DateTimeOffset? HoldUntil,
    [property: Description("What payment-applied must name as packageId.")] string PaymentReference,
    DateTimeOffset PurchasedAt);
