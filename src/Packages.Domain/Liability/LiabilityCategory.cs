namespace Packages.Domain.Liability;

/// <summary>
/// Why the liability (deferred revenue: paid, unused value of usable packages) moved; the columns of the
/// roll-forward (docs/rules.md, "Liability roll-forward"). Each event type books under one of them.
/// </summary>
public enum LiabilityCategory
{
    /// <summary>Payments applied (and taken back), up to the value of the unused sessions.</summary>
    Paid,

    /// <summary>Sessions used (redeemed or forfeited) move their value to revenue; a returned session moves it back.</summary>
    Recognized,

    /// <summary>Value left when a package expires or is cancelled with its payments kept; a revived package brings it back.</summary>
    Breakage,

    /// <summary>Value released by a refund.</summary>
    Refunded,

    /// <summary>Value moved with sessions between packages of the clinic: out of one, into another (nets to zero per move).</summary>
    Transferred,

    /// <summary>Paid, unused value of a package brought over from older tracking.</summary>
    Imported,

    /// <summary>Any other change: none is expected; shown so that the report still reconciles if one ever happens.</summary>
    Adjusted,
}
