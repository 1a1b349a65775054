using System.Text;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>One bad document must never stop a timer's work for the other packages and clinics.</summary>
[Collection(CosmosCollection.Name)]
public sealed class TimerIsolationTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task An_unreadable_due_package_is_skipped_and_the_sweep_expires_the_others()
    {
        var offer = await Clinic.CreateOfferAsync(5, 45_000, defaultExpiry: new { count = 1, unit = "days" });
        var due = await Clinic.SellAsync(offer, "client-1");
        // A document the code cannot read (an amount no Int64 holds), written around the API as a bad import or a hand edit would.
        const string Poison = """
            {"id":"poison","clinicId":"maple-physio","type":"package","schemaVersion":2,"status":"active",
             "expiresAtUtc":"2026-11-27T05:00:00.0000000Z","amountPaid":{"amountMinor":1e300,"currency":"CAD"}}
            """;
        var container = Host.Services.GetRequiredService<PackagesContainer>().Container;
        using (var created = await container.CreateItemStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(Poison)), new PartitionKey("maple-physio")))
        {
            Assert.True(created.IsSuccessStatusCode);
        }

        Host.Time.Advance(TimeSpan.FromDays(3));
        await Clinic.RunExpirySweepAsync();
        await Clinic.DispatchOutboxAsync();

        Assert.Equal("expired", (await Clinic.GetPackageAsync(due)).GetProperty("status").GetString());
    }
}
