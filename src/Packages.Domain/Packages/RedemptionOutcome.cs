namespace Packages.Domain.Packages;

public enum RedemptionOutcome
{
    /// <summary>The session is used for the appointment.</summary>
    Redeemed,

    /// <summary>Late cancel or no-show under a forfeit policy: the session stays used, with the reason recorded.</summary>
    Forfeited,
}
