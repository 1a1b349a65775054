namespace Packages.Application.Payments;

public enum PaymentKind
{
    Applied,
    Unapplied,

    /// <summary>Money returned to the client after a refund was requested.</summary>
    Refunded,
}
