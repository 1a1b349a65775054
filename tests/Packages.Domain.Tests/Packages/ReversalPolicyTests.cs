using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

public sealed class ReversalPolicyTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddHours(1);

    [Fact]
    public void A_timely_cancellation_always_gives_the_session_back()
    {
        var package = new PackageBuilder().BuildPaid();
        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);

        var result = package.ReverseRedemption("appt-1", ReversalReason.Cancelled, PackageBuilder.Staff, Now).Value;

        Assert.True(result.SessionReturned);
        Assert.Equal(10, package.SessionsRemaining);
    }

    [Theory]
    [InlineData(ReversalReason.LateCancel)]
    [InlineData(ReversalReason.NoShow)]
    public void Under_a_forfeit_policy_a_late_cancel_or_no_show_keeps_the_session_used(ReversalReason reason)
    {
        var package = new PackageBuilder().BuildPaid();
        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);

        var result = package.ReverseRedemption("appt-1", reason, PackageBuilder.Staff, Now).Value;
        var later = package.ReverseRedemption("appt-1", ReversalReason.Cancelled, PackageBuilder.Staff, Now).Value;

        Assert.False(result.SessionReturned);
        Assert.False(later.Changed);
        Assert.Equal(9, package.SessionsRemaining);
        Assert.Equal(RedemptionOutcome.Forfeited, package.Redemptions.Single().Outcome);
        Assert.Equal(reason, package.Redemptions.Single().ForfeitReason);
    }

    [Fact]
    public void Under_a_return_policy_a_no_show_gives_the_session_back()
    {
        var package = new PackageBuilder().ReturningLateCancels().BuildPaid();
        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);

        var result = package.ReverseRedemption("appt-1", ReversalReason.NoShow, PackageBuilder.Staff, Now).Value;

        Assert.True(result.SessionReturned);
        Assert.Equal(10, package.SessionsRemaining);
    }

    [Fact]
    public void A_receipt_keeps_the_sessions_left_at_the_time_it_was_issued()
    {
        var package = new PackageBuilder().WithSessions(3).Priced(3_000).BuildPaid();
        package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now);
        package.Redeem("appt-2", "massage", PackageBuilder.Staff, Now);

        var first = package.ReceiptFor(package.RedemptionFor("appt-1")!);

        Assert.Equal(2, first.SessionsRemaining);
        Assert.Equal(1, first.SessionNumber);
        Assert.Equal(1_000, first.Value.AmountMinor);
    }
}
