using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// An offer's default expiry: never, or N days/weeks/months after the purchase date (local to the clinic).
/// The sold package expires at the end of that local day.
/// </summary>
public sealed record ExpiryPolicy
{
    /// <summary>At most ten years, in any unit, so every sold package's expiry stays a date the calendar accepts.</summary>
    public const int MaxCount = 3650;

    public static int MaxCountFor(ExpiryUnit unit) => unit switch
    {
        ExpiryUnit.Weeks => 521,
        ExpiryUnit.Months => 120,
        _ => MaxCount,
    };

    private ExpiryPolicy(int? count, ExpiryUnit? unit)
    {
        Count = count;
        Unit = unit;
    }

    public static ExpiryPolicy Never { get; } = new(null, null);

    public int? Count { get; }

    public ExpiryUnit? Unit { get; }

    public bool NeverExpires => Count is null;

    public static Result<ExpiryPolicy> After(int count, ExpiryUnit unit) =>
        !Enum.IsDefined(unit) || count < 1 || count > MaxCountFor(unit)
            ? DomainError.Validation("defaultExpiry",
                $"Give at most ten years: 1-{MaxCount} days, 1-{MaxCountFor(ExpiryUnit.Weeks)} weeks or 1-{MaxCountFor(ExpiryUnit.Months)} months, or no expiry.")
            : new ExpiryPolicy(count, unit);

    /// <summary>Rebuilds a stored policy without re-validating it.</summary>
    public static ExpiryPolicy Rehydrate(int count, ExpiryUnit unit) => new(count, unit);

    /// <summary>The last local day of use for a package bought on <paramref name="purchaseDate"/>, or null for never.</summary>
    public DateOnly? LastDayFor(DateOnly purchaseDate) => Unit switch
    {
        null => null,
        ExpiryUnit.Days => purchaseDate.AddDays(Count!.Value),
        ExpiryUnit.Weeks => purchaseDate.AddDays(7 * Count!.Value),
        ExpiryUnit.Months => purchaseDate.AddMonths(Count!.Value),
        _ => throw new InvalidOperationException($"Unknown expiry unit {Unit}."),
    };
}
