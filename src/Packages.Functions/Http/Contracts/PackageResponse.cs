using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// A package as the frontend shows it. <see cref="Redeemable"/> says whether a session could be used
/// right now; <see cref="ExpiresAt"/> is the exact instant <see cref="ExpiresOn"/> ends in <see cref="TimeZone"/>.
/// </summary>
public sealed record PackageResponse(
    string PackageId,
    string ClinicId,
    string ClientId,
    string OfferId,
    PackageStatus Status,
    PackageSource Source,
    string? ExternalReference,
    bool Redeemable,
    TermsResponse Terms,
    int SessionsUsed,
    int SessionsRemaining,
    MoneyDto AmountPaid,
    MoneyDto AmountDue,
    MoneyDto Overpayment,
    DateTimeOffset PurchasedAt,
    DateOnly? ExpiresOn,
    DateTimeOffset? ExpiresAt,
    string TimeZone,
    IReadOnlyList<RedemptionResponse> Redemptions);
