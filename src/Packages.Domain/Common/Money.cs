namespace Packages.Domain.Common;

/// <summary>
/// An amount in integer minor units of an ISO 4217 currency (cents for CAD, yen for JPY: see
/// <see cref="Currencies"/>). Never a floating point. Every amount is bounded by <see cref="MaxAmountMinor"/>.
/// </summary>
public readonly record struct Money
{
    /// <summary>
    /// The largest amount anywhere (a price, a payment, what a package holds in total): 10^12 minor units,
    /// ten billion dollars. Far below 2^53, so every amount and every sum of them stays an exact JSON number
    /// for readers that hold numbers as IEEE doubles: JavaScript clients and the local Cosmos-API server (the
    /// range of OpenAPI's "double-int" format, https://spec.openapis.org/registry/format/double-int).
    /// </summary>
    public const long MaxAmountMinor = 1_000_000_000_000;

    public Money(long amountMinor, string currency)
    {
        if (!IsCurrencyCode(currency))
        {
            throw new ArgumentException($"'{currency}' is not an accepted ISO 4217 currency code.", nameof(currency));
        }

        if (amountMinor is < -MaxAmountMinor or > MaxAmountMinor)
        {
            throw new ArgumentOutOfRangeException(nameof(amountMinor), amountMinor, $"Amounts are bounded by ±{MaxAmountMinor} minor units.");
        }

        AmountMinor = amountMinor;
        Currency = currency;
    }

    public long AmountMinor { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0, currency);

    public static bool IsCurrencyCode(string? code) => Currencies.IsKnown(code);

    /// <summary>Whether a caller-supplied amount is usable: 1 to <see cref="MaxAmountMinor"/> minor units.</summary>
    public static bool IsPositiveAmount(long? amountMinor) => amountMinor is >= 1 and <= MaxAmountMinor;

    public Money Add(Money other) => new(checked(AmountMinor + SameCurrency(other).AmountMinor), Currency);

    public Money Subtract(Money other) => new(checked(AmountMinor - SameCurrency(other).AmountMinor), Currency);

    public bool IsAtLeast(Money other) => AmountMinor >= SameCurrency(other).AmountMinor;

    /// <summary>
    /// Share <paramref name="index"/> (0-based) of this amount split into <paramref name="parts"/>: amount / parts each,
    /// the remainder on the last share, so the shares always add up exactly to this amount.
    /// </summary>
    public Money ShareOf(int index, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, parts);
        var share = AmountMinor / parts;
        return new Money(index == parts - 1 ? AmountMinor - (share * (parts - 1)) : share, Currency);
    }

    public override string ToString() => $"{AmountMinor} {Currency} (minor units)";

    private Money SameCurrency(Money other) =>
        other.Currency == Currency
            ? other
            : throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");
}
