namespace Packages.Domain.Packages;

public enum PaymentState
{
    Applied,

    /// <summary>Taken back. Kept as a tombstone, so a late or redelivered "applied" cannot revive it.</summary>
    Unapplied,

    /// <summary>Money the payment system returned after a refund was requested (payment-refunded); not part of what is paid.</summary>
    Refunded,
}
