namespace Packages.Domain.Common;

/// <summary>An amount in integer minor units (cents) of an ISO 4217 currency. Never a floating point.</summary>
public readonly record struct Money
{
    public Money(long amountMinor, string currency)
    {
        if (!IsCurrencyCode(currency))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code.", nameof(currency));
        }

        AmountMinor = amountMinor;
        Currency = currency;
    }

    public long AmountMinor { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0, currency);

    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    public Money Add(Money other) => new(checked(AmountMinor + SameCurrency(other).AmountMinor), Currency);

    public Money Subtract(Money other) => new(checked(AmountMinor - SameCurrency(other).AmountMinor), Currency);

    public bool IsAtLeast(Money other) => AmountMinor >= SameCurrency(other).AmountMinor;

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> shares of amount / parts each, the remainder
    /// on the last share, so that the shares always add up exactly to this amount.
    /// </summary>
    public IReadOnlyList<Money> Allocate(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var share = AmountMinor / parts;
        var remainder = AmountMinor - (share * parts);
        var shares = new Money[parts];
        for (var i = 0; i < parts; i++)
        {
            shares[i] = new Money(i == parts - 1 ? share + remainder : share, Currency);
        }

        return shares;
    }

    /// <summary>Share <paramref name="index"/> of <see cref="Allocate"/>(<paramref name="parts"/>), without building the others.</summary>
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
