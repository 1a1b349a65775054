namespace Packages.Functions.Http.Contracts;

public enum PurchaseStatus
{
    /// <summary>No payment yet: held until holdUntil.</summary>
    AwaitingPayment,

    /// <summary>Some payment applied, not yet the whole amount (the first payment ended the hold).</summary>
    PartlyPaid,

    Paid,

    /// <summary>Cancelled: unpaid when its hold ended, or by the clinic.</summary>
    Cancelled,

    /// <summary>Refunded by the clinic.</summary>
    Refunded,
}
