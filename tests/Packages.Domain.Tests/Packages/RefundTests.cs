using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

public sealed class RefundTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddDays(1);
    private static readonly Actor Admin = new("ann", "admin");

    private static Package Sold(RefundPolicy? policy = null, long? listPrice = null, long price = 1_000, int sessions = 7, bool installments = false)
    {
        var terms = PackageTerms.Create("Seven", new Money(price, "CAD"), sessions, ["massage"], null, ExpiryPolicy.Never, installments,
            refundPolicy: policy, listPricePerSession: listPrice is { } l ? new Money(l, "CAD") : null).Value;
        var clinic = global::Packages.Domain.Clinics.Clinic.Create("clinic-1", "Clinic", "America/Toronto").Value;
        return Package.Sell("pkg-1", "client-1", new Offer("offer-1", clinic.Id, terms, OfferStatus.Active, Now, Now), terms, clinic, Admin, Now);
    }

    [Fact]
    public void By_default_the_unused_paid_sessions_come_back_at_their_allocated_value()
    {
        var package = Sold(); // 1000 over 7: six of 142, the last 148
        package.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        package.Redeem("a-1", "massage", Admin, Now);
        package.Redeem("a-2", "massage", Admin, Now);

        var quote = package.QuoteRefund().Value;

        Assert.Equal((1_000L, 284L, 716L, 0L, 716L), (quote.Paid.AmountMinor, quote.Deducted.AmountMinor, quote.Base.AmountMinor, quote.Fee.AmountMinor, quote.Amount.AmountMinor));
        Assert.Equal(package.ValueLeft.AmountMinor, quote.Amount.AmountMinor);
    }

    [Fact]
    public void Used_at_list_price_re_prices_the_used_sessions_and_the_fee_is_taken_from_what_is_left()
    {
        // List price 200 a session; two used cost 400; 10% + 25 fee on the 600 left = 85.
        var package = Sold(new RefundPolicy(RefundMethod.UsedAtListPrice, 25, 1_000), listPrice: 200);
        package.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        package.Redeem("a-1", "massage", Admin, Now);
        package.Redeem("a-2", "massage", Admin, Now);

        var quote = package.QuoteRefund().Value;

        Assert.Equal((400L, 600L, 85L, 515L), (quote.Deducted.AmountMinor, quote.Base.AmountMinor, quote.Fee.AmountMinor, quote.Amount.AmountMinor));
    }

    [Theory]
    [InlineData(5, 0)]     // 5 used at list price 200 = 1000 ≥ paid: nothing back, never negative
    [InlineData(0, 1_000)] // nothing used: everything paid, never more
    public void A_refund_is_never_negative_nor_more_than_was_paid(int used, long expected)
    {
        var package = Sold(new RefundPolicy(RefundMethod.UsedAtListPrice, 0, 0), listPrice: 200);
        package.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        for (var i = 0; i < used; i++)
        {
            package.Redeem($"a-{i}", "massage", Admin, Now);
        }

        Assert.Equal(expected, package.QuoteRefund().Value.Amount.AmountMinor);
    }

    [Fact]
    public void A_fee_larger_than_the_amount_leaves_zero_and_an_overpayment_comes_back_too()
    {
        var feeAll = Sold(new RefundPolicy(RefundMethod.UnusedAtAllocatedValue, 5_000, 0));
        feeAll.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        var overpaid = Sold();
        overpaid.ApplyPayment("pay-1", new Money(1_300, "CAD"), Now);

        Assert.Equal(0, feeAll.QuoteRefund().Value.Amount.AmountMinor);
        Assert.Equal(1_300, overpaid.QuoteRefund().Value.Amount.AmountMinor);
    }

    [Fact]
    public void A_refund_closes_the_package_for_good_and_staff_may_only_lower_it()
    {
        var package = Sold();
        package.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        package.Redeem("a-1", "massage", Admin, Now);

        Assert.Equal(ErrorCodes.RefundAbovePolicy, package.RequestRefund(859, "goodwill", Admin, Now).Error!.Code);
        Assert.True(package.RequestRefund(800, "moving away", Admin, Now).Value);
        Assert.False(package.RequestRefund(800, "moving away", Admin, Now).Value);
        Assert.Equal(ErrorCodes.PackageRefunded, package.RequestRefund(100, "moving away", Admin, Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageRefunded, package.QuoteRefund().Error!.Code);

        var requested = Assert.IsType<RefundRequested>(package.Outbox[^1].Data);
        Assert.Equal((800L, 858L, 858L), (requested.Amount.AmountMinor, requested.Computed.AmountMinor, requested.ValueReleased.AmountMinor));
        Assert.Equal(PackageStatus.Refunded, package.Status);
        Assert.Equal(ErrorCodes.PackageRefunded, package.Redeem("a-2", "massage", Admin, Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageRefunded, package.ReverseRedemption("a-1", ReversalReason.Cancelled, Admin, Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageRefunded, package.ChangeExpiry(null, "x", Admin, Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageRefunded, package.Cancel("x", Admin, Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageRefunded, package.UnapplyPayment("pay-1", new Money(1_000, "CAD"), Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageRefunded, package.ApplyPayment("pay-2", new Money(1, "CAD"), Now).Error!.Code);
    }

    [Fact]
    public void What_the_payment_system_returns_is_recorded_short_or_excess_and_once()
    {
        var package = Sold();
        package.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        Assert.Equal(ErrorCodes.RefundNotRequested, package.RecordRefundPayment("ref-1", new Money(100, "CAD"), Now).Error!.Code);
        package.RequestRefund(null, "moving away", Admin, Now);

        Assert.True(package.RecordRefundPayment("ref-1", new Money(600, "CAD"), Now).Value);
        Assert.False(package.RecordRefundPayment("ref-1", new Money(600, "CAD"), Now).Value);
        Assert.Equal(ErrorCodes.PaymentAmountMismatch, package.RecordRefundPayment("ref-1", new Money(601, "CAD"), Now).Error!.Code);
        Assert.Contains("its own id", package.RecordRefundPayment("pay-1", new Money(1_000, "CAD"), Now).Error!.Detail);
        var shortPaid = Assert.IsType<RefundPaid>(package.Outbox[^1].Data);
        Assert.Equal((600L, 400L), (shortPaid.TotalRefunded.AmountMinor, shortPaid.Outstanding.AmountMinor));

        package.RecordRefundPayment("ref-2", new Money(500, "CAD"), Now);
        var excess = Assert.IsType<RefundPaid>(package.Outbox[^1].Data);
        Assert.Equal((1_100L, -100L), (excess.TotalRefunded.AmountMinor, excess.Outstanding.AmountMinor));
        Assert.Equal(1_000, package.AmountPaid.AmountMinor);
    }

    [Fact]
    public void Nothing_paid_means_nothing_to_refund_and_an_expired_package_releases_nothing_twice()
    {
        var unpaid = Sold();
        Assert.Equal(ErrorCodes.NothingToRefund, unpaid.RequestRefund(null, "x", Admin, Now).Error!.Code);

        var cancelled = Sold();
        cancelled.ApplyPayment("pay-1", new Money(1_000, "CAD"), Now);
        cancelled.Cancel("moved", Admin, Now);
        cancelled.RequestRefund(null, "refund after cancel", Admin, Now);
        Assert.Equal(0, Assert.IsType<RefundRequested>(cancelled.Outbox[^1].Data).ValueReleased.AmountMinor);
    }

    [Fact]
    public void Usage_policies_need_a_list_price_and_fees_are_bounded()
    {
        var withoutList = PackageTerms.Create("x", new Money(1_000, "CAD"), 5, ["massage"], null, ExpiryPolicy.Never, false,
            refundPolicy: new RefundPolicy(RefundMethod.UsedAtListPrice, 0, 0));

        Assert.Equal(ErrorCodes.ValidationFailed, withoutList.Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, RefundPolicy.Create(null, -1, null).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, RefundPolicy.Create(null, null, 10_001).Error!.Code);
        Assert.Equal(50, new RefundPolicy(RefundMethod.UnusedAtAllocatedValue, 0, 5_000).FeeOn(99)); // 49.5 rounds half up
    }
}
