using CsCheck;
using Packages.Domain.Common;

namespace Packages.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void The_last_share_carries_the_remainder()
    {
        var shares = Enumerable.Range(0, 3).Select(i => new Money(1000, "CAD").ShareOf(i, 3));

        Assert.Equal([333L, 333L, 334L], shares.Select(s => s.AmountMinor));
    }

    [Fact]
    public void Shares_always_add_up_to_the_amount_and_differ_by_at_most_the_remainder() =>
        Gen.Select(Gen.Long[0, 10_000_000_000L], Gen.Int[1, 1000]).Sample((amount, parts) =>
        {
            var shares = Enumerable.Range(0, parts).Select(i => new Money(amount, "EUR").ShareOf(i, parts)).ToList();
            var share = amount / parts;
            return shares.Count == parts
                && shares.Sum(s => s.AmountMinor) == amount
                && shares.Take(parts - 1).All(s => s.AmountMinor == share)
                && shares[^1].AmountMinor == share + (amount % parts)
                && (amount < parts || shares.All(s => s.AmountMinor > 0));
        });

    [Fact]
    public void Mixing_currencies_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => new Money(100, "CAD").Add(new Money(100, "USD")));

    [Theory]
    [InlineData("cad")]
    [InlineData("CA")]
    [InlineData("CADX")]
    [InlineData("")]
    public void A_currency_must_be_three_capital_letters(string code) =>
        Assert.Throws<ArgumentException>(() => new Money(1, code));
}
