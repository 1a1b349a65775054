namespace Packages.Domain.Packages.Events;

/// <summary>The event types published to the events topic (docs/messages.md), each with its record: the one table.</summary>
public static class OutboundEventTypes
{
    public static IReadOnlyList<(string Type, Type Data)> All { get; } =
    [
        ("package-sold", typeof(PackageSold)),
        ("package-imported", typeof(PackageImported)),
        ("package-unlocked", typeof(PackageUnlocked)),
        ("package-locked", typeof(PackageLocked)),
        ("package-payment-recorded", typeof(PackagePaymentRecorded)),
        ("session-redeemed", typeof(SessionRedeemed)),
        ("redemption-reversed", typeof(RedemptionReversed)),
        ("package-expired", typeof(PackageExpired)),
        ("package-expiry-changed", typeof(PackageExpiryChanged)),
        ("package-cancelled", typeof(PackageCancelled)),
        ("package-deleted", typeof(PackageDeleted)),
        ("package-expiring-soon", typeof(PackageExpiringSoon)),
        ("package-sessions-low", typeof(PackageSessionsLow)),
        ("package-completed", typeof(PackageCompleted)),
        ("beneficiary-added", typeof(BeneficiaryAdded)),
        ("beneficiary-removed", typeof(BeneficiaryRemoved)),
        ("package-transferred", typeof(PackageTransferred)),
        ("sessions-transferred-out", typeof(SessionsTransferredOut)),
        ("sessions-transferred-in", typeof(SessionsTransferredIn)),
        ("package-purchase-requested", typeof(PackagePurchaseRequested)),
        ("refund-requested", typeof(RefundRequested)),
        ("refund-paid", typeof(RefundPaid)),
        ("package-frozen", typeof(PackageFrozen)),
        ("package-unfrozen", typeof(PackageUnfrozen)),
        ("membership-renewal-due", typeof(MembershipRenewalDue)),
        ("membership-past-due", typeof(MembershipPastDue)),
        ("membership-reinstated", typeof(MembershipReinstated)),
        ("membership-cancellation-scheduled", typeof(MembershipCancellationScheduled)),
        ("membership-resumed", typeof(MembershipResumed)),
        ("membership-ended", typeof(MembershipEnded)),
        ("membership-revenue-recognized", typeof(MembershipRevenueRecognized)),
    ];

    public static string Of(PackageEventData data) =>
        All.First(t => t.Data == data.GetType()).Type;
}
