using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

public sealed class SharingTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddDays(1);
    private static readonly Actor Staff = PackageBuilder.Staff;

    [Fact]
    public void A_client_who_is_neither_owner_nor_beneficiary_cannot_use_the_package()
    {
        var package = new PackageBuilder().SharedWithUpTo(2).BuildPaid();

        var refused = package.Redeem("appt-1", "stranger", "massage", Staff, Now);

        Assert.Equal(ErrorCodes.ClientNotBeneficiary, refused.Error!.Code);
        Assert.Equal(10, package.SessionsRemaining);
    }

    [Fact]
    public void A_named_beneficiary_redeems_and_the_receipt_names_them()
    {
        var package = new PackageBuilder().SharedWithUpTo(2).BuildPaid();
        Assert.True(package.AddBeneficiary("child-1", "family", Staff, Now).Value);

        var receipt = package.Redeem("appt-1", "child-1", "massage", Staff, Now).Value;

        Assert.Equal("child-1", receipt.ClientId);
        Assert.Equal(9, receipt.SessionsRemaining);
        Assert.Equal(9_000, receipt.Value.AmountMinor);
        var redeemed = Assert.IsType<SessionRedeemed>(package.Outbox[^1].Data);
        Assert.Equal("child-1", redeemed.ClientId);
    }

    [Fact]
    public void Beneficiaries_are_limited_by_the_offer_and_adding_twice_changes_nothing()
    {
        var package = new PackageBuilder().SharedWithUpTo(1).BuildPaid();

        Assert.True(package.AddBeneficiary("child-1", "family", Staff, Now).Value);
        Assert.False(package.AddBeneficiary("child-1", "family", Staff, Now).Value);
        var over = package.AddBeneficiary("child-2", "family", Staff, Now);

        Assert.Equal(ErrorCodes.BeneficiaryLimitReached, over.Error!.Code);
        Assert.Equal(["child-1"], package.Beneficiaries);
        Assert.Equal(ErrorCodes.BeneficiaryLimitReached, new PackageBuilder().BuildPaid().AddBeneficiary("child-1", "family", Staff, Now).Error!.Code);
    }

    [Fact]
    public void The_owner_cannot_be_named_and_a_reason_is_required()
    {
        var package = new PackageBuilder().SharedWithUpTo(2).BuildPaid();

        Assert.Equal(ErrorCodes.ValidationFailed, package.AddBeneficiary(package.ClientId, "x", Staff, Now).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, package.AddBeneficiary("child-1", " ", Staff, Now).Error!.Code);
        Assert.Equal(ErrorCodes.ValidationFailed, package.AddBeneficiary("bad id!", "x", Staff, Now).Error!.Code);
        Assert.Empty(package.Beneficiaries);
    }

    [Fact]
    public void A_removed_beneficiary_is_refused_but_keeps_the_sessions_they_used()
    {
        var package = new PackageBuilder().SharedWithUpTo(2).BuildPaid();
        package.AddBeneficiary("child-1", "family", Staff, Now);
        package.Redeem("appt-1", "child-1", "massage", Staff, Now);

        Assert.True(package.RemoveBeneficiary("child-1", "moved out", Staff, Now).Value);
        Assert.False(package.RemoveBeneficiary("child-1", "moved out", Staff, Now).Value);

        Assert.Equal(ErrorCodes.ClientNotBeneficiary, package.Redeem("appt-2", "child-1", "massage", Staff, Now).Error!.Code);
        Assert.Equal("child-1", package.RedemptionFor("appt-1")!.ClientId);
        Assert.True(package.WasUsedBy("child-1"));
    }

    [Fact]
    public void Each_client_is_held_to_the_per_client_limit_and_the_global_one_still_applies()
    {
        var package = new PackageBuilder().WithSessions(4).Priced(40_000).SharedWithUpTo(1, sessionsPerClient: 2).BuildPaid();
        package.AddBeneficiary("child-1", "family", Staff, Now);

        Assert.True(package.Redeem("a-1", "child-1", "massage", Staff, Now).IsSuccess);
        Assert.True(package.Redeem("a-2", "child-1", "massage", Staff, Now).IsSuccess);
        Assert.Equal(ErrorCodes.ClientLimitReached, package.Redeem("a-3", "child-1", "massage", Staff, Now).Error!.Code);
        Assert.True(package.Redeem("a-4", "client-1", "massage", Staff, Now).IsSuccess);
        Assert.True(package.Redeem("a-5", "client-1", "massage", Staff, Now).IsSuccess);
        Assert.Equal(ErrorCodes.PackageExhausted, package.Redeem("a-6", "client-1", "massage", Staff, Now).Error!.Code);
    }

    [Fact]
    public void An_appointment_redeemed_for_one_client_is_not_repeated_for_another()
    {
        var package = new PackageBuilder().SharedWithUpTo(1).BuildPaid();
        package.AddBeneficiary("child-1", "family", Staff, Now);
        package.Redeem("appt-1", "child-1", "massage", Staff, Now);

        Assert.Equal(ErrorCodes.AppointmentAlreadyRedeemed, package.Redeem("appt-1", "client-1", "massage", Staff, Now).Error!.Code);
        Assert.Equal("child-1", package.Redeem("appt-1", "child-1", "massage", Staff, Now).Value.ClientId);
        Assert.Equal(9, package.SessionsRemaining);
    }

    [Fact]
    public void Sharing_changes_are_audited_and_raise_events_with_the_whole_list()
    {
        var package = new PackageBuilder().SharedWithUpTo(3).BuildPaid();
        package.AddBeneficiary("child-1", "family", Staff, Now);
        package.AddBeneficiary("child-2", "family", Staff, Now);
        package.RemoveBeneficiary("child-1", "moved out", Staff, Now);

        var removed = Assert.IsType<BeneficiaryRemoved>(package.Outbox[^1].Data);
        Assert.Equal(["child-2"], removed.Beneficiaries);
        Assert.Equal([PackageEventKind.BeneficiaryAdded, PackageEventKind.BeneficiaryAdded, PackageEventKind.BeneficiaryRemoved],
            package.History.Where(h => h.ClientId is not null).Select(h => h.Kind));
        Assert.All(package.History.Where(h => h.ClientId is not null), h => Assert.NotNull(h.Reason));
    }

    [Fact]
    public void A_cancelled_package_cannot_be_shared()
    {
        var package = new PackageBuilder().SharedWithUpTo(1).BuildPaid();
        package.Cancel("refund", Staff, Now);

        Assert.Equal(ErrorCodes.PackageCancelled, package.AddBeneficiary("child-1", "family", Staff, Now).Error!.Code);
    }
}
