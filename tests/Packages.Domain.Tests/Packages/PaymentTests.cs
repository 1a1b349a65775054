using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

public sealed class PaymentTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddHours(1);

    private static Money Cad(long minor) => new(minor, "CAD");

    [Fact]
    public void Partial_payments_add_up_and_unlock_at_the_full_price()
    {
        var package = new PackageBuilder().Priced(90_000).Build();

        var first = package.ApplyPayment("pay-1", Cad(40_000), Now).Value;
        var second = package.ApplyPayment("pay-2", Cad(50_000), Now).Value;

        Assert.False(first.Unlocked);
        Assert.True(second.Unlocked);
        Assert.True(package.IsRedeemable(Now));
        Assert.Equal(0, package.AmountDue.AmountMinor);
    }

    [Fact]
    public void A_duplicate_payment_changes_nothing()
    {
        var package = new PackageBuilder().Priced(90_000).Build();
        package.ApplyPayment("pay-1", Cad(90_000), Now);

        var duplicate = package.ApplyPayment("pay-1", Cad(90_000), Now).Value;

        Assert.False(duplicate.Changed);
        Assert.Equal(90_000, package.AmountPaid.AmountMinor);
    }

    [Theory]
    [InlineData("applied", "applied")]
    [InlineData("applied", "unapplied")]
    [InlineData("unapplied", "applied")]
    [InlineData("unapplied", "unapplied")]
    public void A_known_payment_id_with_another_amount_is_refused_not_absorbed(string first, string then)
    {
        var package = new PackageBuilder().Priced(90_000).Build();
        Send(package, first, Cad(11));
        var paid = package.AmountPaid;

        var result = Send(package, then, Cad(99));

        Assert.Equal("payment-amount-mismatch", result.Error!.Code);
        Assert.Contains("11", result.Error.Detail);
        Assert.Equal(paid, package.AmountPaid);
    }

    private static Result<PaymentResult> Send(Package package, string kind, Money amount) =>
        kind == "applied" ? package.ApplyPayment("pay-1", amount, Now) : package.UnapplyPayment("pay-1", amount, Now);

    [Fact]
    public void Unapplying_drops_below_the_price_and_locks_the_package()
    {
        var package = new PackageBuilder().Priced(90_000).BuildPaid();

        var result = package.UnapplyPayment("pay-full", Cad(90_000), Now).Value;

        Assert.True(result.Locked);
        Assert.Equal("package-not-paid", package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now).Error!.Code);
    }

    [Fact]
    public void An_unapply_that_arrives_before_its_apply_wins_whatever_the_order()
    {
        var package = new PackageBuilder().Priced(90_000).Build();

        package.UnapplyPayment("pay-1", Cad(90_000), Now);
        var late = package.ApplyPayment("pay-1", Cad(90_000), Now).Value;

        Assert.False(late.Changed);
        Assert.Equal(0, package.AmountPaid.AmountMinor);
        Assert.False(package.IsRedeemable(Now));
    }

    [Fact]
    public void An_overpayment_is_recorded_not_lost()
    {
        var package = new PackageBuilder().Priced(90_000).Build();

        package.ApplyPayment("pay-1", Cad(100_000), Now);

        Assert.Equal(10_000, package.Overpayment.AmountMinor);
        Assert.Equal(100_000, package.AmountPaid.AmountMinor);
    }

    [Fact]
    public void A_payment_in_another_currency_is_refused()
    {
        var package = new PackageBuilder().Build();

        var result = package.ApplyPayment("pay-1", new Money(90_000, "USD"), Now);

        Assert.Equal("currency-mismatch", result.Error!.Code);
        Assert.Empty(package.Payments);
    }
}
