using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

public sealed class RedemptionTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddHours(1);

    [Fact]
    public void An_unpaid_package_refuses_redemption_and_changes_nothing()
    {
        var package = new PackageBuilder().Build();

        var result = package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);

        Assert.Equal("package-not-paid", result.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
        Assert.Empty(package.Redemptions);
    }

    [Fact]
    public void Redeeming_the_last_session_of_a_paid_package_leaves_zero_remaining_and_then_refuses()
    {
        var package = new PackageBuilder().WithSessions(2).Priced(20_000).BuildPaid();

        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);
        var last = package.Redeem("appt-2", "massage", PackageBuilder.Staff, Now);
        var extra = package.Redeem("appt-3", "massage", PackageBuilder.Staff, Now);

        Assert.Equal(0, last.Value.SessionsRemaining);
        Assert.Equal("package-exhausted", extra.Error!.Code);
        Assert.Equal(0, package.SessionsRemaining);
    }

    [Fact]
    public void Redeeming_the_same_appointment_twice_uses_one_session_and_returns_the_same_receipt()
    {
        var package = new PackageBuilder().BuildPaid();

        var first = package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);
        var again = package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now.AddMinutes(5));

        Assert.Equal(first.Value, again.Value);
        Assert.Equal(1, package.SessionsUsed);
    }

    [Fact]
    public void Receipt_values_add_up_exactly_to_the_price_with_the_remainder_on_the_last_session()
    {
        var package = new PackageBuilder().WithSessions(3).Priced(10_000).BuildPaid();

        var receipts = Enumerable.Range(1, 3).Select(i => package.Redeem($"appt-{i}", "massage", PackageBuilder.Staff, Now).Value).ToList();

        Assert.Equal([3333L, 3333L, 3334L], receipts.Select(r => r.Value.AmountMinor));
        Assert.Equal([2, 1, 0], receipts.Select(r => r.SessionsRemaining));
        Assert.Equal(10_000, receipts.Sum(r => r.Value.AmountMinor));
    }

    [Fact]
    public void A_service_outside_the_package_is_refused_as_not_eligible()
    {
        var package = new PackageBuilder().ForServices("massage").BuildPaid();

        Assert.Equal("service-not-eligible", package.Redeem("appt-1", "physio", PackageBuilder.Staff, Now).Error!.Code);
    }

    [Fact]
    public void Per_service_caps_and_the_global_cap_are_enforced_together()
    {
        // 5 massage + 5 acupuncture, 8 in total.
        var package = new PackageBuilder().WithSessions(8).Priced(80_000)
            .Capping("massage", 5).Capping("acupuncture", 5).BuildPaid();

        var massages = Enumerable.Range(1, 6).Select(i => package.Redeem($"m-{i}", "massage", PackageBuilder.Staff, Now)).ToList();
        var acupunctures = Enumerable.Range(1, 4).Select(i => package.Redeem($"a-{i}", "acupuncture", PackageBuilder.Staff, Now)).ToList();

        Assert.Equal(5, massages.Count(r => r.IsSuccess));
        Assert.Equal("service-limit-reached", massages[5].Error!.Code);
        Assert.Equal(3, acupunctures.Count(r => r.IsSuccess));
        Assert.Equal("package-exhausted", acupunctures[3].Error!.Code);
    }

    [Fact]
    public void A_package_is_usable_through_the_last_local_day_and_expired_from_the_next_local_midnight()
    {
        var package = new PackageBuilder().ExpiringAfter(30, ExpiryUnit.Days).BuildPaid();
        var lastDay = new DateOnly(2026, 12, 26);
        var endOfLastDay = DateTimeOffset.Parse("2026-12-27T05:00:00Z"); // midnight in Toronto (EST)

        Assert.Equal(lastDay, package.ExpiresOn);
        Assert.True(package.Redeem("late-evening", "massage", PackageBuilder.Staff, endOfLastDay.AddTicks(-1)).IsSuccess);
        Assert.Equal("package-expired", package.Redeem("next-morning", "massage", PackageBuilder.Staff, endOfLastDay).Error!.Code);
    }

    [Fact]
    public void A_package_without_expiry_never_expires()
    {
        var package = new PackageBuilder().BuildPaid();

        Assert.Null(package.ExpiresAt);
        Assert.False(package.ExpireIfDue(Now.AddYears(50)));
        Assert.True(package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now.AddYears(50)).IsSuccess);
    }

    [Fact]
    public void A_reversed_session_is_given_back_and_its_slot_reused_so_values_still_add_up()
    {
        var package = new PackageBuilder().WithSessions(3).Priced(10_000).BuildPaid();
        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);
        package.Redeem("appt-2", "massage", PackageBuilder.Staff, Now);

        Assert.True(package.ReverseRedemption("appt-1", ReversalReason.Cancelled, PackageBuilder.Staff, Now).Value.Changed);
        Assert.False(package.ReverseRedemption("appt-1", ReversalReason.Cancelled, PackageBuilder.Staff, Now).Value.Changed);
        Assert.Equal(2, package.SessionsRemaining);
        package.Redeem("appt-3", "massage", PackageBuilder.Staff, Now);
        package.Redeem("appt-4", "massage", PackageBuilder.Staff, Now);

        Assert.Equal(10_000, package.Redemptions.Sum(r => r.Value.AmountMinor));
        Assert.Equal("redemption-not-found", package.ReverseRedemption("never", ReversalReason.Cancelled, PackageBuilder.Staff, Now).Error!.Code);
    }

    [Fact]
    public void With_installments_use_is_capped_by_what_has_been_paid()
    {
        var package = new PackageBuilder().WithSessions(4).Priced(40_000).WithInstallments().Build();
        package.ApplyPayment("pay-1", new Money(20_000, "CAD"), Now);

        Assert.True(package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now).IsSuccess);
        Assert.True(package.Redeem("appt-2", "massage", PackageBuilder.Staff, Now).IsSuccess);
        Assert.Equal("installment-not-covered", package.Redeem("appt-3", "massage", PackageBuilder.Staff, Now).Error!.Code);
    }
}
