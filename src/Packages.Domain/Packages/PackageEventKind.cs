namespace Packages.Domain.Packages;

public enum PackageEventKind
{
    Sold,
    Imported,
    PaymentApplied,
    PaymentUnapplied,
    Redeemed,
    SessionReturned,
    SessionForfeited,
    ExpiryChanged,
    Expired,
    Cancelled,
    Deleted,

    /// <summary>A client was named to share the package (Ref: the client).</summary>
    BeneficiaryAdded,

    /// <summary>A client may no longer use the package; their used sessions stay theirs (Ref: the client).</summary>
    BeneficiaryRemoved,

    /// <summary>The whole package now belongs to another client (Ref: the previous owner, ClientId: the new one).</summary>
    OwnerChanged,

    /// <summary>Unused sessions moved to a new package of another client (Ref: the new package).</summary>
    SessionsTransferredOut,

    /// <summary>This package was made of sessions moved out of another (Ref: that package).</summary>
    SessionsTransferredIn,

    /// <summary>A refund was computed and requested; the package closed (Amount: the refund, Reason: staff's words).</summary>
    RefundRequested,

    /// <summary>The payment system returned money of the refund (Ref: its payment id, Amount).</summary>
    RefundPaid,

    /// <summary>Staff froze the package (the reason, the new and previous last day: they differ by the days frozen).</summary>
    Frozen,

    /// <summary>Staff ended a freeze early (the reason, the new and previous last day: they differ by the days not used).</summary>
    Unfrozen,

    /// <summary>A period of a membership opened and was invoiced (Ref: the membership; Amount: the period's price; Sessions: its sessions).</summary>
    PeriodOpened,

    /// <summary>The period is past due: unpaid after the clinic's grace (Ref: the membership; Amount: what is due).</summary>
    PastDue,

    /// <summary>A past-due period was paid (Ref: the membership).</summary>
    Reinstated,

    /// <summary>Staff scheduled the membership's end (Ref: the membership; Sessions: the last period's number; Reason).</summary>
    CancellationScheduled,

    /// <summary>Staff withdrew a scheduled end (Ref: the membership; Reason).</summary>
    Resumed,

    /// <summary>The membership ended with this period (Ref: the membership; Reason: cancelled, closed or calendar-end).</summary>
    MembershipEnded,
}
