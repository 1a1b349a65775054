namespace Packages.Domain.Packages;

/// <summary>
/// The lifecycle state that is stored. Whether a package is paid (locked/unlocked) and whether
/// sessions remain are derived from its payments and redemptions, never stored twice.
/// </summary>
public enum PackageStatus
{
    Active,
    Expired,

    /// <summary>Ended by the clinic; payments stay recorded (refunds go through the payment system).</summary>
    Cancelled,

    /// <summary>A sale made by mistake, removed before any payment was applied. Kept for history.</summary>
    Deleted,

    /// <summary>Closed by a refund: its remaining sessions are void for good; what the payment system returns is recorded.</summary>
    Refunded,
}
