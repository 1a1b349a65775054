using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Persistence;

/// <summary>
/// The timers' scan across clinics pages by (key, id): with many packages sharing one key across clinics and a
/// caller that changes none of them, every package is met exactly once, over several pages.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class CrossClinicScanTests(CosmosServerFixture cosmos)
{
    [Fact]
    public async Task Packages_sharing_one_expiry_instant_across_clinics_are_each_met_once_over_several_pages()
    {
        var store = CosmosServerFixture.PackageStore(await cosmos.NewContainerAsync());
        var sale = new DateTimeOffset(2026, 10, 1, 15, 0, 0, TimeSpan.Zero);
        var terms = PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.After(1, ExpiryUnit.Months).Value, false).Value;
        var clinics = Enumerable.Range(0, 3).Select(c => Clinic.Create($"scan-{c}", "Scan", "America/Toronto").Value).ToArray();
        const int Count = 250;
        await Parallel.ForEachAsync(Enumerable.Range(0, Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var clinic = clinics[i % clinics.Length];
            var package = Package.Sell($"scan-{i:D4}", $"client-{i}", new Offer("offer-1", clinic.Id, terms, OfferStatus.Active, sale, sale), terms, clinic, Actor.System, sale);
            Assert.NotNull(await store.TryCreateAsync(package, ct));
        });

        var met = new List<string>();
        await foreach (var due in store.FindDueForExpiryAsync(sale.AddMonths(2), default))
        {
            met.Add(due.Value.Id);
        }

        Assert.Equal(Count, met.Count);
        Assert.Equal(Count, met.Distinct().Count());
        Assert.Equal(met.Order(StringComparer.Ordinal), met);
    }
}
