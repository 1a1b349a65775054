namespace Packages.Domain.Packages;

public enum PaymentState
{
    Applied,

    /// <summary>Taken back. Kept as a tombstone, so a late or redelivered "applied" cannot revive it.</summary>
    Unapplied,
}
