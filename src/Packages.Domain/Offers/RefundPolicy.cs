using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// An offer's refund policy, snapshotted on each package: the method, then an optional fee, fixed (minor units) and/or a
/// percentage of the computed amount in basis points (1% = 100), rounded half up to the minor unit.
/// </summary>
public sealed record RefundPolicy(RefundMethod Method, long FeeFixedMinor, int FeeBasisPoints)
{
    public const int MaxBasisPoints = 10_000;

    public static RefundPolicy Default { get; } = new(RefundMethod.UnusedAtAllocatedValue, 0, 0);

    public static Result<RefundPolicy> Create(RefundMethod? method, long? feeFixedMinor, int? feeBasisPoints)
    {
        var errors = new FieldErrors()
            .Require(method is null || Enum.IsDefined(method.Value), "refundPolicy.method", "Use unusedAtAllocatedValue or usedAtListPrice.")
            .Require(feeFixedMinor is null or >= 0 and <= Money.MaxAmountMinor, "refundPolicy.feeFixedMinor", $"Give 0-{Money.MaxAmountMinor} minor units.")
            .Require(feeBasisPoints is null or >= 0 and <= MaxBasisPoints, "refundPolicy.feeBasisPoints", $"Give 0-{MaxBasisPoints} basis points (1% = 100).");
        return errors.Any ? errors.ToError() : new RefundPolicy(method ?? RefundMethod.UnusedAtAllocatedValue, feeFixedMinor ?? 0, feeBasisPoints ?? 0);
    }

    /// <summary>The fee on <paramref name="amountMinor"/>: the fixed part plus the percentage, rounded half up.</summary>
    public long FeeOn(long amountMinor) =>
        FeeFixedMinor + (long)Math.Round(amountMinor * (decimal)FeeBasisPoints / MaxBasisPoints, MidpointRounding.AwayFromZero);
}
