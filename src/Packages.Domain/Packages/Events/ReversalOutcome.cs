namespace Packages.Domain.Packages.Events;

/// <summary>What a reversal did to the session.</summary>
public enum ReversalOutcome
{
    /// <summary>The session is available again.</summary>
    Returned,

    /// <summary>The session stays used (late-cancel policy "forfeit").</summary>
    Forfeited,
}
