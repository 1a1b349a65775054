namespace Packages.Domain.Offers;

/// <summary>What a late cancellation or a no-show does to the session it had redeemed.</summary>
public enum LateCancelPolicy
{
    /// <summary>The session stays used (the usual clinic policy).</summary>
    Forfeit,

    /// <summary>The session is given back, as for a timely cancellation.</summary>
    Return,
}
