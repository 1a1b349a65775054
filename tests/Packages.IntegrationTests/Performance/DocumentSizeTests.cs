using System.Globalization;
using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Performance;

/// <summary>
/// How big a package document gets, measured on the stored JSON, with the write cost estimated from the
/// published Cosmos DB figures for default indexing (the infra indexes six paths and no array, so real costs
/// are lower and grow less with size). A redemption is measured as its write stores it, with its own event
/// in the outbox; the outbox is emptied between commands as the one-minute DispatchOutbox timer does.
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
            await Clinic.DispatchOutboxAsync();
            await Clinic.RedeemAsync(package, $"appt-{cycle}");
            await Clinic.DispatchOutboxAsync();
            await Clinic.PostAsync($"packages/{package}/redemptions/appt-{cycle}/reversal", new { reason = "cancelled" });
            sizes.Add(await SizeAsync(package));
        }

        Assert.True(sizes[^1] <= sizes.Take(40).Max() + 512, $"grew from {sizes.Take(40).Max()} to {sizes[^1]} bytes");
        TestReport.Write($"document size: 10-session package after 120 redeem+cancel cycles {sizes[^1]} B (max of the first 40 cycles {sizes.Take(40).Max()} B)");
    }

    [Fact]
    public async Task A_fully_used_ten_session_package_stays_under_4_KB_and_the_50th_redemption_costs_at_most_125_percent_of_the_1st()
    {
        var ten = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(10, 100_000), 100_000);
        for (var i = 1; i <= 10; i++)
        {
            await Clinic.DispatchOutboxAsync();
            await Clinic.RedeemAsync(ten, $"t-{i}");
        }

        var tenFull = await SizeAsync(ten);
        var (first, last) = await FirstAndFiftiethAsync("one-type", _ => "massage");
        var (mixedFirst, mixedLast) = await FirstAndFiftiethAsync("two-types", i => i % 2 == 0 ? "massage" : "acupuncture");

        Assert.True(tenFull < 4096, $"a fully used 10-session package takes {tenFull} bytes (target: under 4 KB)");
        Assert.True(Ratio(first, last) <= 1.25, $"the 50th redemption writes {last} B ≈ {Ru(last):F2} RU, the 1st {first} B ≈ {Ru(first):F2} RU");
        Assert.True(Ratio(mixedFirst, mixedLast) <= 1.25, $"with two service types, the 50th writes {mixedLast} B, the 1st {mixedFirst} B");
        TestReport.Write(string.Create(CultureInfo.InvariantCulture,
            $"document size: 10-session package fully used {tenFull} B (target < 4096); 50-session package, a session a week, " +
            $"one service type: 1st redemption {first} B ≈ {Ru(first):F2} RU/write, 50th {last} B ≈ {Ru(last):F2} RU/write, ratio {Ratio(first, last):F2} (target ≤ 1.25); " +
            $"two service types alternating: {mixedFirst} B → {mixedLast} B, ratio {Ratio(mixedFirst, mixedLast):F2} (target ≤ 1.25)"));
    }

    /// <summary>Sizes of a 50-session package after its 1st and its 50th redemption, a session a week (give or take).</summary>
    private async Task<(int First, int Fiftieth)> FirstAndFiftiethAsync(string client, Func<int, string> serviceType)
    {
        var package = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(50, 500_000), 500_000, client);
        await Clinic.DispatchOutboxAsync();
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, $"{client}-f-1", serviceType(1))).StatusCode);
        var first = await SizeAsync(package);
        for (var i = 2; i <= 50; i++)
        {
            Host.Time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMilliseconds(i * 7_919 % 3_600_000));
            await Clinic.DispatchOutboxAsync();
            Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, $"{client}-f-{i}", serviceType(i))).StatusCode);
        }

        Assert.Equal(0, (await Clinic.GetPackageAsync(package)).GetProperty("sessionsRemaining").GetInt32());
        return (first, await SizeAsync(package));
    }

    private static double Ratio(int first, int last) => Ru(last) / Ru(first);

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
