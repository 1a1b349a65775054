namespace Packages.Domain.Packages;

/// <summary>The event types published to the events topic (docs/messages.md).</summary>
public static class OutboundEventTypes
{
    public const string Sold = "package-sold";
    public const string Unlocked = "package-unlocked";
    public const string Locked = "package-locked";
    public const string SessionRedeemed = "session-redeemed";
    public const string RedemptionReversed = "redemption-reversed";
    public const string Expired = "package-expired";
    public const string ExpiryChanged = "package-expiry-changed";
    public const string Cancelled = "package-cancelled";
    public const string Deleted = "package-deleted";
}
