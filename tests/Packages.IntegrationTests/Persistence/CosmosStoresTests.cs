using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Persistence;

[Collection(CosmosCollection.Name)]
public sealed class CosmosStoresTests(CosmosServerFixture cosmos)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_sold_package_round_trips_and_a_stale_etag_loses()
    {
        var container = await cosmos.NewContainerAsync();
        var clinics = new CosmosClinicStore(container);
        var offers = new CosmosOfferStore(container);
        var packages = CosmosServerFixture.PackageStore(container);
        var clinic = Clinic.Create("maple", "Maple Physio", "America/Toronto").Value;
        await clinics.SaveAsync(clinic, default);
        var terms = PackageTerms.Create("Ten massages", new Money(90000, "CAD"), 10, ["massage"], null,
            ExpiryPolicy.After(30, ExpiryUnit.Days).Value, false).Value;
        var offer = new Offer("offer-1", "maple", terms, OfferStatus.Active, Now, Now);
        Assert.True((await offers.TryCreateAsync(offer, "fp", default)).Created);
        Assert.False((await offers.TryCreateAsync(offer, "fp", default)).Created);

        var (foundClinic, foundOffer) = await offers.FindWithClinicAsync("maple", "offer-1", default);
        Assert.Equal("America/Toronto", foundClinic!.TimeZoneId);
        Assert.Equal(10, foundOffer!.Terms.Sessions);
        Assert.Equal(10, (await offers.FindAsync("maple", "offer-1", default))!.Value.Terms.Sessions);

        var package = Package.Sell("pkg-1", "client-1", offer, terms, clinic, new Actor("jane", "staff"), Now);
        Assert.NotNull(await packages.TryCreateAsync(package, default));
        var stored = (await packages.FindAsync("maple", "pkg-1", default))!;
        Assert.Equal(new DateOnly(2026, 12, 26), stored.Value.ExpiresOn);

        stored.Value.ApplyPayment("pay-1", new Money(90000, "CAD"), Now);
        Assert.NotNull(await packages.TryReplaceAsync(stored.Value, stored.ETag, default));
        Assert.Null(await packages.TryReplaceAsync(stored.Value, stored.ETag, default));
        Assert.True((await packages.FindAsync("maple", "pkg-1", default))!.Value.IsFullyPaid);

        Assert.Null(await packages.FindAsync("maple", "offer-1", default));
        Assert.Null(await packages.FindAsync("other-clinic", "pkg-1", default));
        Assert.Null(await packages.FindAsync("maple", "missing", default));

        var dueNow = new List<string>();
        await foreach (var due in packages.FindDueForExpiryAsync(Now, default))
        {
            dueNow.Add(due.Value.Id);
        }

        var dueLater = new List<string>();
        await foreach (var due in packages.FindDueForExpiryAsync(Now.AddDays(40), default))
        {
            dueLater.Add(due.Value.Id);
        }

        Assert.Empty(dueNow);
        Assert.Equal(["pkg-1"], dueLater);
    }

    [Fact]
    public async Task Redemptions_read_back_exactly_as_they_were_written_whatever_happened_to_them()
    {
        var container = await cosmos.NewContainerAsync();
        var packages = CosmosServerFixture.PackageStore(container);
        var clinic = Clinic.Create("maple", "Maple Physio", "America/Toronto").Value;
        var terms = PackageTerms.Create("Mixed", new Money(100_001, "CAD"), 7, ["massage", "acupuncture"], null,
            ExpiryPolicy.Never, false, LateCancelPolicy.Forfeit).Value;
        var offer = new Offer("offer-1", "maple", terms, OfferStatus.Active, Now, Now);
        var package = Package.Sell("pkg-1", "client-1", offer, terms, clinic, new Actor("jane", "staff"), Now.AddMilliseconds(640));
        package.ApplyPayment("pay-1", new Money(100_001, "CAD"), Now);
        string[] actors = ["jane", "sam", "lee"];
        for (var i = 0; i < 6; i++)
        {
            package.Redeem($"appt-{i}", i % 3 == 0 ? "acupuncture" : "massage", new Actor(actors[i % 3], "staff"), Now.AddDays(7 * i).AddMilliseconds(i * 333));
        }

        package.ReverseRedemption("appt-1", ReversalReason.Cancelled, new Actor("jane", "staff"), Now.AddDays(40));
        package.ReverseRedemption("appt-4", ReversalReason.NoShow, new Actor("sam", "staff"), Now.AddDays(41));
        package.Redeem("appt-6", "massage", new Actor("lee", "admin"), Now.AddDays(42));
        Assert.NotNull(await packages.TryCreateAsync(package, default));

        var stored = (await packages.FindAsync("maple", "pkg-1", default))!.Value;

        Assert.Equal(package.Redemptions, stored.Redemptions);
        Assert.Equal(package.AuditTrail([]), stored.AuditTrail([]));
        Assert.Contains(stored.Redemptions, r => r.Slot != stored.Redemptions.ToList().IndexOf(r));
        Assert.Equal(RedemptionOutcome.Forfeited, stored.RedemptionFor("appt-4")!.Outcome);
        Assert.Equal(ReversalReason.NoShow, stored.RedemptionFor("appt-4")!.ForfeitReason);
        Assert.Equal(package.ReceiptFor(package.RedemptionFor("appt-6")!), stored.ReceiptFor(stored.RedemptionFor("appt-6")!));
    }
}
