using Packages.Domain.Clinics;
using Packages.Domain.Offers;

namespace Packages.Domain.Packages;

/// <summary>Everything stored about a package; how persistence rebuilds and saves the aggregate.</summary>
public sealed record PackageSnapshot(
    string Id,
    string ClinicId,
    string ClientId,
    string OfferId,
    PackageTerms Terms,
    string TimeZoneId,
    DateTimeOffset PurchasedAt,
    DateOnly? ExpiresOn,
    PackageStatus Status,
    PackageSource Source,
    string? ExternalReference,
    IReadOnlyList<PaymentEntry> Payments,
    IReadOnlyList<Redemption> Redemptions,
    IReadOnlyList<PackageEvent> History,
    int HistoryPagesArchived,
    IReadOnlyList<OutboundEvent> Outbox,
    int EventSequence,
    string? ImportFingerprint = null,
    int ClaimFence = 0,
    ReminderPolicy? Reminders = null,
    ExpiryReminders? ExpiryRemindersSent = null,
    IReadOnlyList<string>? Beneficiaries = null,
    IReadOnlyList<SessionTransfer>? TransfersOut = null,
    string? TransferredFrom = null,
    string? PurchasedBy = null,
    DateTimeOffset? HoldUntil = null,
    DateTimeOffset? OwnerSince = null,
    RefundRecord? Refund = null,
    LiabilityBooking? LiabilityBooked = null,
    IReadOnlyList<PackageFreeze>? Freezes = null,
    MembershipPeriod? Membership = null);
