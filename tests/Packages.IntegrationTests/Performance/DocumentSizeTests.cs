using System.Globalization;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Performance;

/// <summary>
/// How big a package document gets, measured on the stored JSON, with the write cost estimated from the
/// published Cosmos DB figures for default indexing (the infra indexes fewer paths, so real costs are lower).
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class DocumentSizeTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private static readonly (double Kb, double Ru)[] WriteCost = [(1, 4.95), (2, 6.29), (4, 6.67), (8, 7.04), (16, 9.52)];

    [Fact]
    public async Task Document_size_is_bounded_however_many_times_sessions_are_returned_and_reused()
    {
        var package = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(10, 100_000), 100_000);
        var sizes = new List<int>();
        for (var cycle = 0; cycle < 120; cycle++)
        {
            await Clinic.RedeemAsync(package, $"appt-{cycle}");
            await Clinic.PostAsync($"packages/{package}/redemptions/appt-{cycle}/reversal", new { reason = "cancelled" });
            sizes.Add(await SizeAsync(package));
        }

        Assert.True(sizes[^1] <= sizes.Take(40).Max() + 512, $"grew from {sizes.Take(40).Max()} to {sizes[^1]} bytes");
        TestReport.Write($"document size: 10-session package after 120 redeem+cancel cycles {sizes[^1]} B (max of the first 40 cycles {sizes.Take(40).Max()} B)");
    }

    [Fact]
    public async Task A_fully_used_ten_session_package_stays_under_4_KB_and_larger_ones_are_reported()
    {
        var ten = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(10, 100_000), 100_000);
        for (var i = 1; i <= 10; i++)
        {
            await Clinic.RedeemAsync(ten, $"t-{i}");
        }

        var fifty = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(50, 500_000), 500_000, "client-50");
        await Clinic.RedeemAsync(fifty, "f-1");
        var first = await SizeAsync(fifty);
        for (var i = 2; i <= 50; i++)
        {
            await Clinic.RedeemAsync(fifty, $"f-{i}");
        }

        var last = await SizeAsync(fifty);
        var tenFull = await SizeAsync(ten);

        Assert.True(last > first, "the 50th redemption's document should hold more sessions than the 1st");
        Assert.True(tenFull < 4096, $"a fully used 10-session package takes {tenFull} bytes (target: under 4 KB)");
        TestReport.Write(string.Create(CultureInfo.InvariantCulture,
            $"document size: 10-session package fully used {tenFull} B (target < 4096: {(tenFull < 4096 ? "met" : "NOT met")}); " +
            $"50-session package at the 1st redemption {first} B ≈ {Ru(first):F2} RU/write, at the 50th {last} B ≈ {Ru(last):F2} RU/write, " +
            $"ratio {Ru(last) / Ru(first):F2} (target ≤ 1.15: {(Ru(last) / Ru(first) <= 1.15 ? "met" : "NOT met")})"));
    }

    private async Task<int> SizeAsync(string packageId)
    {
        var container = Host.Services.GetRequiredService<PackagesContainer>().Container;
        using var response = await container.ReadItemStreamAsync(packageId, new PartitionKey(Clinic.ClinicId));
        using var buffer = new MemoryStream();
        await response.Content.CopyToAsync(buffer);
        return (int)buffer.Length;
    }

    /// <summary>Write RU for a document of this size, interpolated on the published 1-16 KB figures.</summary>
    private static double Ru(int bytes)
    {
        var kb = Math.Clamp(bytes / 1024.0, 1, 16);
        var upper = Array.FindIndex(WriteCost, p => p.Kb >= kb);
        if (upper <= 0)
        {
            return WriteCost[0].Ru;
        }

        var (k0, r0) = WriteCost[upper - 1];
        var (k1, r1) = WriteCost[upper];
        return r0 + ((r1 - r0) * (kb - k0) / (k1 - k0));
    }
}
