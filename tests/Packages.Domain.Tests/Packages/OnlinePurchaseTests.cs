using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

public sealed class OnlinePurchaseTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime;

    private static Package Buy(string buyer = "pat", string? owner = null, int holdHours = 24)
    {
        var terms = PackageTerms.Create("Five", new Money(50_000, "CAD"), 5, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var clinic = Clinic.Create("clinic-1", "Clinic", "America/Toronto", null, new OnlinePurchasePolicy(holdHours, 3)).Value;
        var offer = new Offer("offer-1", clinic.Id, terms, OfferStatus.Active, Now, Now) { SoldOnline = true };
        return Package.BuyOnline("pkg-online", buyer, owner ?? buyer, offer, terms, clinic, Now);
    }

    [Fact]
    public void A_purchase_asks_the_payment_system_for_the_exact_price_and_is_held()
    {
        var package = Buy(holdHours: 12);

        var requested = Assert.IsType<PackagePurchaseRequested>(package.Outbox.Single(e => e.Data is PackagePurchaseRequested).Data);
        Assert.Equal((new Money(50_000, "CAD"), "pkg-online", Now.AddHours(12)), (requested.Amount, requested.PaymentReference, requested.HoldUntil));
        Assert.True(package.IsHeld);
        Assert.Equal(PackageSource.Online, package.Source);
        Assert.Equal(ErrorCodes.PackageNotPaid, package.Redeem("a-1", "massage", PackageBuilder.Staff, Now).Error!.Code);
    }

    [Fact]
    public void A_gift_belongs_to_its_recipient_and_records_the_buyer()
    {
        var package = Buy("giver", "friend");

        Assert.Equal(("friend", "giver"), (package.ClientId, package.PurchasedBy));
        var requested = Assert.IsType<PackagePurchaseRequested>(package.Outbox.Single(e => e.Data is PackagePurchaseRequested).Data);
        Assert.Equal(("giver", "friend"), (requested.BuyerClientId, requested.OwnerClientId));
    }

    [Fact]
    public void Unpaid_at_the_end_of_its_hold_it_is_cancelled_and_a_late_payment_is_refused()
    {
        var package = Buy();

        Assert.False(package.CancelIfHoldLapsed(Now.AddHours(23)));
        Assert.True(package.CancelIfHoldLapsed(Now.AddHours(24)));
        Assert.False(package.CancelIfHoldLapsed(Now.AddHours(25)));

        Assert.Equal(PackageStatus.Cancelled, package.Status);
        Assert.IsType<PackageCancelled>(package.Outbox[^1].Data);
        Assert.Equal(ErrorCodes.PurchaseLapsed, package.ApplyPayment("pay-late", new Money(50_000, "CAD"), Now.AddHours(30)).Error!.Code);
        Assert.Empty(package.Payments);
    }

    [Fact]
    public void The_first_payment_ends_the_hold_for_good()
    {
        var package = Buy();
        package.ApplyPayment("pay-1", new Money(10_000, "CAD"), Now.AddHours(1));
        package.UnapplyPayment("pay-1", new Money(10_000, "CAD"), Now.AddHours(2));

        Assert.False(package.IsHeld);
        Assert.False(package.CancelIfHoldLapsed(Now.AddDays(3)));
        Assert.Equal(PackageStatus.Active, package.Status);
    }
}
