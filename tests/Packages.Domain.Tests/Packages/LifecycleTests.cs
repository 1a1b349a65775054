using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddHours(1);
    private static readonly Actor Staff = PackageBuilder.Staff;

    [Fact]
    public void Staff_can_extend_an_expired_package_and_it_becomes_usable_again()
    {
        var package = new PackageBuilder().ExpiringAfter(30, ExpiryUnit.Days).BuildPaid();
        var later = DateTimeOffset.Parse("2027-01-10T15:00:00Z");
        Assert.True(package.ExpireIfDue(later));

        var changed = package.ChangeExpiry(new DateOnly(2027, 2, 28), "Medical hold", Staff, later);

        Assert.True(changed.Value);
        Assert.Equal(PackageStatus.Active, package.Status);
        Assert.True(package.Redeem("appt-1", "massage", Staff, later).IsSuccess);
        Assert.Contains(package.History, e => e.Kind == PackageEventKind.ExpiryChanged
            && e.PreviousExpiresOn == new DateOnly(2026, 12, 26) && e.ExpiresOn == new DateOnly(2027, 2, 28) && e.Reason == "Medical hold");
    }

    [Fact]
    public void Clearing_the_expiry_means_the_package_never_expires()
    {
        var package = new PackageBuilder().ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();

        package.ChangeExpiry(null, "Goodwill", Staff, Now);

        Assert.Null(package.ExpiresAt);
        Assert.False(package.ExpireIfDue(Now.AddYears(5)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Changing_the_expiry_needs_a_reason(string? reason)
    {
        var package = new PackageBuilder().BuildPaid();

        Assert.Equal("validation-failed", package.ChangeExpiry(new DateOnly(2027, 1, 1), reason, Staff, Now).Error!.Code);
        Assert.Null(package.ExpiresOn);
    }

    [Fact]
    public void An_unpaid_sale_made_by_mistake_can_be_deleted_and_then_takes_no_payment_or_redemption()
    {
        var package = new PackageBuilder().Build();

        Assert.True(package.Delete("Sold to the wrong client", Staff, Now).Value);

        Assert.Equal(PackageStatus.Deleted, package.Status);
        Assert.Equal("package-deleted", package.ApplyPayment("pay-1", new Money(90_000, "CAD"), Now).Error!.Code);
        Assert.Equal("package-deleted", package.Redeem("appt-1", "massage", Staff, Now).Error!.Code);
        Assert.Contains(package.History, e => e.Kind == PackageEventKind.Deleted && e.Actor == "staff:jane");
    }

    [Fact]
    public void A_package_with_an_applied_payment_cannot_be_deleted_until_it_is_unapplied()
    {
        var package = new PackageBuilder().BuildPaid();

        var refused = package.Delete("Mistake", Staff, Now);
        package.UnapplyPayment("pay-full", new Money(90_000, "CAD"), Now);
        var allowed = package.Delete("Mistake", Staff, Now);

        Assert.Equal("package-has-payments", refused.Error!.Code);
        Assert.Equal(ErrorKind.Conflict, refused.Error.Kind);
        Assert.True(allowed.Value);
        Assert.Single(package.Payments);
    }

    [Fact]
    public void A_cancelled_package_keeps_its_payments_and_refuses_redemption()
    {
        var package = new PackageBuilder().BuildPaid();

        package.Cancel("Refunded at the client's request", Staff, Now);

        Assert.Equal(PackageStatus.Cancelled, package.Status);
        Assert.Equal(90_000, package.AmountPaid.AmountMinor);
        Assert.Equal("package-cancelled", package.Redeem("appt-1", "massage", Staff, Now).Error!.Code);
        Assert.Equal("package-cancelled", package.ChangeExpiry(null, "x", Staff, Now).Error!.Code);
    }

    [Fact]
    public void Every_change_is_in_the_history_with_who_when_and_why()
    {
        var package = new PackageBuilder().Build();
        package.ApplyPayment("pay-1", new Money(90_000, "CAD"), Now);
        package.Redeem("appt-1", "massage", Staff, Now);
        package.ReverseRedemption("appt-1", ReversalReason.Cancelled, Staff, Now);

        Assert.Equal(
            [PackageEventKind.Sold, PackageEventKind.PaymentApplied, PackageEventKind.Redeemed, PackageEventKind.SessionReturned],
            package.History.Select(e => e.Kind));
        Assert.All(package.History, e => Assert.False(string.IsNullOrEmpty(e.Actor)));
        Assert.Equal("appt-1", package.History[^1].Ref);
        Assert.Equal(ReversalReason.Cancelled, package.History[^1].ReversalReason);
    }

    [Fact]
    public void A_redemption_is_its_own_audit_line_and_moves_into_the_history_when_its_session_is_returned()
    {
        var package = new PackageBuilder().BuildPaid();
        package.Redeem("appt-1", "massage", Staff, Now.AddHours(1));
        package.Redeem("appt-2", "acupuncture", new Actor("sam", "staff"), Now.AddHours(2).AddMilliseconds(750));
        package.ReverseRedemption("appt-1", ReversalReason.Cancelled, Staff, Now.AddHours(3));
        package.Redeem("appt-3", "massage", Staff, Now.AddHours(4));
        package.ReverseRedemption("appt-3", ReversalReason.NoShow, Staff, Now.AddHours(4));

        Assert.DoesNotContain(package.History, e => e.Kind == PackageEventKind.Redeemed && e.Ref != "appt-1");
        var trail = package.AuditTrail([]);
        Assert.Equal(
            ["Sold", "PaymentApplied", "Redeemed appt-1", "Redeemed appt-2", "SessionReturned appt-1", "Redeemed appt-3", "SessionForfeited appt-3"],
            trail.Select(e => e.Ref is { } r && e.Kind != PackageEventKind.Sold && e.Kind != PackageEventKind.PaymentApplied ? $"{e.Kind} {r}" : e.Kind.ToString()));
        Assert.Equal(Now.AddHours(2).AddMilliseconds(750), trail.Single(e => e.Ref == "appt-2").At);
        Assert.Equal("staff:sam", trail.Single(e => e.Ref == "appt-2").Actor);
    }

    [Fact]
    public void Redemptions_keep_their_millisecond_and_their_place_in_the_audit_trail()
    {
        var package = new PackageBuilder().Build();
        var tick = TimeSpan.FromTicks(1234);
        package.ApplyPayment("pay-1", new Money(90_000, "CAD"), Now.AddMilliseconds(300));
        package.Redeem("appt-1", "massage", Staff, Now.AddMilliseconds(300) + tick);
        package.Redeem("appt-2", "acupuncture", Staff, Now.AddMilliseconds(700));
        package.ReverseRedemption("appt-1", ReversalReason.Cancelled, Staff, Now.AddMilliseconds(701));
        package.ChangeExpiry(new DateOnly(2027, 6, 30), "Injury", Staff, Now.AddMilliseconds(702));

        Assert.Equal(
            ["Sold", "PaymentApplied", "Redeemed appt-1", "Redeemed appt-2", "SessionReturned appt-1", "ExpiryChanged"],
            package.AuditTrail([]).Select(e => e.Ref is { } r && e.Kind is not (PackageEventKind.Sold or PackageEventKind.PaymentApplied) ? $"{e.Kind} {r}" : $"{e.Kind}"));
        Assert.Equal(Now.AddMilliseconds(700), package.RedemptionFor("appt-2")!.RedeemedAt);
    }

    [Fact]
    public void The_history_kept_in_the_package_stays_bounded_and_the_overflow_leaves_in_pages()
    {
        var package = new PackageBuilder().WithSessions(5).Priced(5_000).BuildPaid();
        var pages = new List<HistoryPage>();
        for (var i = 0; i < 200; i++)
        {
            package.Redeem($"appt-{i}", "massage", Staff, Now);
            package.ReverseRedemption($"appt-{i}", ReversalReason.Cancelled, Staff, Now);
            if (package.TakeHistoryOverflow() is { } page)
            {
                pages.Add(page);
            }
        }

        Assert.True(package.History.Count <= Package.HistoryKeptInDocument);
        Assert.Equal(pages.Count, package.HistoryPagesArchived);
        Assert.Equal(Enumerable.Range(0, pages.Count), pages.Select(p => p.Number));
        Assert.Equal(2 + 400, pages.Sum(p => p.Events.Count) + package.History.Count);
    }
}
