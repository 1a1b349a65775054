namespace Packages.Application.Memberships;

/// <summary>Where a membership stands, derived from its periods.</summary>
public enum MembershipStatus
{
    /// <summary>Renewing every period.</summary>
    Active,

    /// <summary>A cancel is scheduled: it ends after the period named.</summary>
    Cancelling,

    /// <summary>A period is unpaid after the clinic's grace: its sessions are refused until that period is paid.</summary>
    PastDue,

    /// <summary>No period follows the last one.</summary>
    Ended,
}
