using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

public sealed class TransferTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddDays(1);
    private static readonly Actor Admin = new("ann", "admin");

    [Fact]
    public void A_whole_package_changes_owner_drops_the_beneficiaries_and_keeps_who_used_what()
    {
        var package = new PackageBuilder().SharedWithUpTo(2).BuildPaid();
        package.AddBeneficiary("child-1", "family", Admin, Now);
        package.Redeem("appt-1", "client-1", "massage", Admin, Now);
        package.Redeem("appt-2", "child-1", "massage", Admin, Now);

        Assert.True(package.TransferTo("client-9", "moved away", Admin, Now).Value);
        Assert.False(package.TransferTo("client-9", "moved away", Admin, Now).Value);

        Assert.Equal("client-9", package.ClientId);
        Assert.Empty(package.Beneficiaries);
        Assert.Equal("client-1", package.RedemptionFor("appt-1")!.ClientId);
        Assert.Equal("child-1", package.RedemptionFor("appt-2")!.ClientId);
        Assert.Equal(ErrorCodes.ClientNotBeneficiary, package.Redeem("appt-3", "client-1", "massage", Admin, Now).Error!.Code);
        Assert.True(package.Redeem("appt-3", "client-9", "massage", Admin, Now).IsSuccess);
        var transferred = Assert.IsType<PackageTransferred>(package.Outbox.Single(e => e.Data is PackageTransferred).Data);
        Assert.Equal(("client-1", "client-9"), (transferred.FromClientId, transferred.ToClientId));
        Assert.Equal(["child-1"], transferred.BeneficiariesRemoved);
    }

    [Fact]
    public void An_expired_cancelled_or_deleted_package_is_not_transferred()
    {
        var expired = new PackageBuilder().ExpiringAfter(1, Offers.ExpiryUnit.Days).BuildPaid();
        expired.ExpireIfDue(Now.AddDays(5));
        var cancelled = new PackageBuilder().BuildPaid();
        cancelled.Cancel("refund", Admin, Now);

        Assert.Equal(ErrorCodes.PackageExpired, expired.TransferTo("client-9", "x", Admin, Now).Error!.Code);
        var pastItsLastDay = new PackageBuilder().ExpiringAfter(1, Offers.ExpiryUnit.Days).BuildPaid(); // not yet swept
        Assert.Equal(ErrorCodes.PackageExpired, pastItsLastDay.TransferTo("client-9", "x", Admin, Now.AddDays(5)).Error!.Code);
        Assert.Equal("client-1", pastItsLastDay.ClientId);
        Assert.Equal(ErrorCodes.PackageCancelled, cancelled.TransferTo("client-9", "x", Admin, Now).Error!.Code);
    }

    [Fact]
    public void Moved_sessions_keep_their_original_values_and_the_parts_still_add_up_to_the_price()
    {
        // 1000 over 7 sessions: six of 142 and the last of 148. Moving 3 takes the last three free slots.
        var source = new PackageBuilder().WithSessions(7).Priced(1_000).BuildPaid();
        source.Redeem("appt-1", "massage", Admin, Now);

        var transfer = source.MoveSessions("pkg-2", "client-9", 3, "gift to a friend", Admin, Now).Value;
        var received = Package.ReceiveSessions(source, transfer);

        Assert.Equal([4, 5, 6], transfer.Slots);
        Assert.Equal(3, source.SessionsRemaining);
        Assert.Equal(3, received.SessionsRemaining);
        Assert.Equal(432, received.Terms.Price.AmountMinor);
        Assert.True(received.IsFullyPaid);
        Assert.Equal("client-9", received.ClientId);
        Assert.Equal(source.Id, received.TransferredFrom);
        var values = Enumerable.Range(0, 3).Select(i => received.Redeem($"r-{i}", "massage", Admin, Now).Value.Value.AmountMinor).ToList();
        Assert.Equal([142, 142, 148], values);
        Assert.Equal(1_000 - 142 - 432, source.ValueLeft.AmountMinor);
        Assert.Equal(1_000, source.ValueUsed.AmountMinor + source.ValueLeft.AmountMinor + source.ValueTransferred.AmountMinor);
    }

    [Fact]
    public void The_source_keeps_its_next_slot_after_a_move()
    {
        var source = new PackageBuilder().WithSessions(4).Priced(1_000).BuildPaid();
        source.MoveSessions("pkg-2", "client-9", 2, "gift", Admin, Now);

        var receipts = Enumerable.Range(0, 2).Select(i => source.Redeem($"a-{i}", "massage", Admin, Now).Value).ToList();

        Assert.Equal([1, 2], receipts.Select(r => r.SessionNumber));
        Assert.Equal(ErrorCodes.PackageExhausted, source.Redeem("a-9", "massage", Admin, Now).Error!.Code);
    }

    [Fact]
    public void A_move_is_recorded_once_and_repeating_it_returns_the_same_move()
    {
        var source = new PackageBuilder().BuildPaid();

        var first = source.MoveSessions("pkg-2", "client-9", 3, "gift", Admin, Now).Value;
        var again = source.MoveSessions("pkg-2", "client-9", 3, "gift", Admin, Now.AddMinutes(5)).Value;

        Assert.Same(first, again);
        Assert.Equal(7, source.SessionsRemaining);
        Assert.Single(source.Outbox, e => e.Data is SessionsTransferredOut);
        Assert.True(source.CompleteTransfer("pkg-2"));
        Assert.False(source.CompleteTransfer("pkg-2"));
    }

    [Theory]
    [InlineData(11, ErrorCodes.NotEnoughSessions)]
    [InlineData(0, ErrorCodes.ValidationFailed)]
    [InlineData(-1, ErrorCodes.ValidationFailed)]
    [InlineData(int.MaxValue, ErrorCodes.ValidationFailed)]
    public void Only_unused_sessions_within_range_move(int sessions, string code)
    {
        var source = new PackageBuilder().BuildPaid();

        Assert.Equal(code, source.MoveSessions("pkg-2", "client-9", sessions, "gift", Admin, Now).Error!.Code);
        Assert.Equal(10, source.SessionsRemaining);
    }

    [Fact]
    public void Unpaid_expired_or_own_sessions_do_not_move()
    {
        var unpaid = new PackageBuilder().Build();
        var expiring = new PackageBuilder().ExpiringAfter(1, Offers.ExpiryUnit.Days).BuildPaid();

        Assert.Equal(ErrorCodes.PackageNotPaid, unpaid.MoveSessions("p", "client-9", 1, "x", Admin, Now).Error!.Code);
        Assert.Equal(ErrorCodes.PackageExpired, expiring.MoveSessions("p", "client-9", 1, "x", Admin, Now.AddDays(5)).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, unpaid.MoveSessions("p", unpaid.ClientId, 1, "x", Admin, Now).Error!.Code);
    }

    [Fact]
    public void Moves_out_of_one_package_are_bounded()
    {
        var source = new PackageBuilder().WithSessions(30).Priced(30_000).BuildPaid();
        for (var i = 0; i < Package.MaxTransfersOut; i++)
        {
            Assert.True(source.MoveSessions($"p-{i}", "client-9", 1, "x", Admin, Now).IsSuccess);
        }

        Assert.Equal(ErrorCodes.TransferLimitReached, source.MoveSessions("p-last", "client-9", 1, "x", Admin, Now).Error!.Code);
    }

    [Fact]
    public void A_package_whose_sessions_moved_is_not_a_sale_made_by_mistake_even_once_its_payment_is_taken_back()
    {
        var source = new PackageBuilder().BuildPaid();
        source.MoveSessions("pkg-2", "client-9", 3, "gift", Admin, Now);
        source.UnapplyPayment("pay-full", source.Terms.Price, Now);

        Assert.Equal(ErrorCodes.PackageHasRedemptions, source.Delete("mistake", Admin, Now).Error!.Code);
        Assert.Equal(source.Terms.Price, source.AmountDue);
    }

    [Fact]
    public void With_installments_moved_sessions_stay_committed_against_what_is_paid()
    {
        var source = new PackageBuilder().WithInstallments().Build();
        source.ApplyPayment("pay-1", new Money(45_000, "CAD"), Now);
        source.ApplyPayment("pay-2", new Money(45_000, "CAD"), Now);
        source.MoveSessions("pkg-2", "client-9", 5, "gift", Admin, Now);
        source.UnapplyPayment("pay-2", new Money(45_000, "CAD"), Now);

        // 45,000 paid is all committed to the five sessions that moved: nothing more is covered here.
        Assert.Equal(ErrorCodes.InstallmentNotCovered, source.Redeem("a-1", "massage", Admin, Now).Error!.Code);
        source.ApplyPayment("pay-3", new Money(9_000, "CAD"), Now);
        Assert.True(source.Redeem("a-1", "massage", Admin, Now).IsSuccess);
    }

    [Fact]
    public void Expiry_and_cancel_release_only_the_value_still_here()
    {
        var source = new PackageBuilder().WithSessions(4).Priced(1_000).ExpiringAfter(1, Offers.ExpiryUnit.Months).BuildPaid();
        source.MoveSessions("pkg-2", "client-9", 3, "gift", Admin, Now);

        source.ExpireIfDue(Now.AddMonths(2));

        var expired = Assert.IsType<PackageExpired>(source.Outbox[^1].Data);
        Assert.Equal(250, expired.ValueReleased.AmountMinor);
    }
}
