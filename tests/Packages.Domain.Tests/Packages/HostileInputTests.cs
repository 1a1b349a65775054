using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

/// <summary>What the aggregate refuses however its inputs were checked before (money integrity under hostile input).</summary>
public sealed class HostileInputTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddDays(1);

    [Fact]
    public void A_payment_that_would_take_what_a_package_holds_past_the_maximum_is_refused_and_changes_nothing()
    {
        var package = new PackageBuilder().Priced(Money.MaxAmountMinor).Build();
        package.ApplyPayment("pay-1", new Money(Money.MaxAmountMinor, "CAD"), Now);

        var second = package.ApplyPayment("pay-2", new Money(1, "CAD"), Now);

        Assert.Equal("amount-out-of-range", second.Error!.Code);
        Assert.Equal(Money.MaxAmountMinor, package.AmountPaid.AmountMinor);
        Assert.Single(package.Payments);
    }

    [Fact]
    public void A_package_keeps_at_most_a_hundred_payment_lines()
    {
        var package = new PackageBuilder().Priced(1_000_000).Build();
        for (var i = 0; i < Package.MaxPaymentEntries; i++)
        {
            Assert.True(package.ApplyPayment($"pay-{i}", new Money(1, "CAD"), Now).IsSuccess);
        }

        Assert.Equal("too-many-payments", package.ApplyPayment("one-more", new Money(1, "CAD"), Now).Error!.Code);
        Assert.Equal("too-many-payments", package.UnapplyPayment("unseen", new Money(1, "CAD"), Now).Error!.Code);
        Assert.True(package.UnapplyPayment("pay-0", new Money(1, "CAD"), Now).IsSuccess);
    }

    [Fact]
    public void An_expiry_in_the_year_9999_is_a_validation_error_not_an_overflow()
    {
        var package = new PackageBuilder().BuildPaid();

        var result = package.ChangeExpiry(new DateOnly(9999, 12, 31), "typo", PackageBuilder.Staff, Now);

        Assert.Equal("validation-failed", result.Error!.Code);
        Assert.Null(package.ExpiresOn);
    }

    [Fact]
    public void A_reason_with_control_characters_is_refused() =>
        Assert.Equal("validation-failed", new PackageBuilder().Build().Cancel("oops\0", PackageBuilder.Staff, Now).Error!.Code);

    [Fact]
    public void A_reversal_repeated_after_its_line_was_archived_gets_the_first_answer_again()
    {
        var package = new PackageBuilder().BuildPaid();
        package.Redeem("appt-0", "massage", PackageBuilder.Staff, Now);
        package.ReverseRedemption("appt-0", ReversalReason.Cancelled, PackageBuilder.Staff, Now);
        var archived = new List<HistoryPage>();
        for (var i = 1; i <= 40; i++)
        {
            package.Redeem($"appt-{i}", "massage", PackageBuilder.Staff, Now);
            package.ReverseRedemption($"appt-{i}", ReversalReason.Cancelled, PackageBuilder.Staff, Now);
            while (package.TakeHistoryOverflow() is { } page)
            {
                archived.Add(page);
            }
        }

        Assert.Equal("redemption-not-found", package.ReverseRedemption("appt-0", ReversalReason.Cancelled, PackageBuilder.Staff, Now).Error!.Code);
        var repeated = package.RepeatedReversal("appt-0", archived);

        Assert.Equal(new ReversalResult("appt-0", true, 10, false), repeated);
        Assert.Null(package.RepeatedReversal("never-redeemed", archived));
    }

    [Fact]
    public void A_claim_on_a_package_whose_session_it_used_cannot_be_released()
    {
        var package = new PackageBuilder().BuildPaid();
        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);

        Assert.False(package.ReleaseClaims("appt-1"));
        Assert.Equal(0, package.ClaimFence);
        Assert.True(package.ReleaseClaims("appt-2"));
        Assert.Equal(1, package.ClaimFence);
    }

    [Theory]
    [InlineData("", "massage", "appointmentId")]
    [InlineData("appt 1", "massage", "appointmentId")]
    [InlineData("appt-1", "mass age", "serviceType")]
    public void The_package_refuses_a_malformed_appointment_id_or_service_type_even_when_a_caller_skipped_validation(string appointmentId, string serviceType, string field)
    {
        var package = new PackageBuilder().BuildPaid();

        var refused = package.Redeem(appointmentId, serviceType, PackageBuilder.Staff, Now);

        Assert.Equal(("validation-failed", true), (refused.Error!.Code, refused.Error.FieldErrors!.ContainsKey(field)));
        Assert.Empty(package.Redemptions);
    }

    [Theory]
    [InlineData("pay-1", 0)]
    [InlineData("pay-1", -5)]
    [InlineData("pay 1", 100)]
    public void The_package_refuses_a_payment_of_zero_or_less_or_with_a_malformed_id(string paymentId, long amount)
    {
        var package = new PackageBuilder().Build();

        Assert.Equal("validation-failed", package.ApplyPayment(paymentId, new Money(amount, "CAD"), Now).Error!.Code);
        Assert.Equal("validation-failed", package.UnapplyPayment(paymentId, new Money(amount, "CAD"), Now).Error!.Code);
        Assert.Equal(0, package.AmountPaid.AmountMinor);
        Assert.Empty(package.ToSnapshot().Payments);
    }
}
