using System.ComponentModel;
using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// A package as the frontend shows it. <see cref="Redeemable"/> says whether a session could be used right
/// now (any eligible service, within the caps); <see cref="ExpiresAt"/> is the exact instant <see cref="ExpiresOn"/> ends in <see cref="TimeZone"/>.
/// Staff get the full view; the owning patient the owner view (sessions of a previous owner's family left out); a
/// patient who shares the package (a beneficiary) the shared view: no money fields (null), only their own redemptions,
/// no moves (only their count); <see cref="View"/> says which (docs/rules.md, "Who sees what").
/// </summary>
public sealed record PackageResponse(
    string PackageId,
    string ClinicId,
    [property: Description("The owner: the client it was sold or transferred to.")] string ClientId,
    [property: Description("Clients besides the owner who may use it (in the shared view: only the caller, when they are one).")] IReadOnlyList<string> Beneficiaries,
    Application.Packages.PackageView View,
    string OfferId,
    PackageStatus Status,
    PackageSource Source,
    string? ExternalReference,
    bool Redeemable,
    TermsResponse Terms,
    int SessionsUsed,
    int SessionsRemaining,
    MoneyDto? AmountPaid,
    MoneyDto? AmountDue,
    MoneyDto? Overpayment,
    DateTimeOffset PurchasedAt,
    DateOnly? ExpiresOn,
    DateTimeOffset? ExpiresAt,
    string TimeZone,
    IReadOnlyList<RedemptionResponse> Redemptions,
    [property: Description("Sessions moved out to other clients' packages (included in sessionsRemaining's reduction).")] int SessionsTransferred,
    IReadOnlyList<TransferOutResponse> TransfersOut,
    [property: Description("For a package made of moved sessions: the package they came from.")] string? TransferredFrom,
    [property: Description("An online purchase: the client who bought it (the owner, or the giver of a gift); null in the shared view.")] string? PurchasedBy,
    [property: Description("An online purchase until its first payment: when it is cancelled if still unpaid.")] DateTimeOffset? HoldUntil,
    [property: Description("Once refunded: the refund requested and what the payment system returned (null in the shared view).")] RefundResponse? Refund,
    [property: Description("Freezes, past and planned: while one covers today, no session can be used (409 package-frozen).")] IReadOnlyList<FreezeResponse> Freezes,
    [property: Description("Set when the package is a period of a membership (its dates and owner follow the membership).")] MembershipPeriodResponse? Membership);
