using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

public sealed class PackageChooserTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddDays(1);

    private static Package Sold(string id, DateTimeOffset soldAt, int? expiryDays, bool paid = true, string[]? services = null)
    {
        var expiry = expiryDays is { } days ? ExpiryPolicy.After(days, ExpiryUnit.Days).Value : ExpiryPolicy.Never;
        var terms = PackageTerms.Create("P", new Money(10_000, "CAD"), 10, services ?? ["massage"], null, expiry, false).Value;
        var clinic = Clinic.Create("clinic-1", "C", "America/Toronto").Value;
        var package = Package.Sell(id, "client-1", new Offer("o", "clinic-1", terms, OfferStatus.Active, soldAt, soldAt), terms, clinic, PackageBuilder.Staff, soldAt);
        if (paid)
        {
            package.ApplyPayment("pay", new Money(10_000, "CAD"), soldAt);
        }

        return package;
    }

    [Fact]
    public void The_package_expiring_soonest_is_used_first_and_never_expiring_ones_last()
    {
        var never = Sold("never", PackageBuilder.SaleTime.AddDays(-100), null);
        var late = Sold("late", PackageBuilder.SaleTime, 90);
        var soon = Sold("soon", PackageBuilder.SaleTime, 30);

        Assert.Equal("soon", PackageChooser.Choose([never, late, soon], "client-1", "massage", Now).Value.Id);
        Assert.Equal("late", PackageChooser.Choose([never, late], "client-1", "massage", Now).Value.Id);
    }

    [Fact]
    public void With_equal_expiry_the_oldest_purchase_is_used_first()
    {
        var older = Sold("older", PackageBuilder.SaleTime.AddHours(-2), null);
        var newer = Sold("newer", PackageBuilder.SaleTime, null);

        Assert.Equal("older", PackageChooser.Choose([newer, older], "client-1", "massage", Now).Value.Id);
    }

    [Fact]
    public void Unpaid_expired_and_ineligible_packages_are_passed_over()
    {
        var unpaid = Sold("unpaid", PackageBuilder.SaleTime, 5, paid: false);
        var expired = Sold("expired", PackageBuilder.SaleTime.AddDays(-60), 1);
        var otherService = Sold("acu", PackageBuilder.SaleTime, 5, services: ["acupuncture"]);
        var usable = Sold("usable", PackageBuilder.SaleTime, null);

        Assert.Equal("usable", PackageChooser.Choose([unpaid, expired, otherService, usable], "client-1", "massage", Now).Value.Id);
        Assert.Equal("no-redeemable-package", PackageChooser.Choose([unpaid, expired, otherService], "client-1", "massage", Now).Error!.Code);
    }
}
