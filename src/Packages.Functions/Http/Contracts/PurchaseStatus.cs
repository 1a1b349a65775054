namespace Packages.Functions.Http.Contracts;

public enum PurchaseStatus
{
    AwaitingPayment,
    Paid,

    /// <summary>Cancelled: unpaid when its hold ended, or by the clinic.</summary>
    Cancelled,
}
