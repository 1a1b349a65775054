using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.Infrastructure.Messaging;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Persistence;

/// <summary>
/// Package documents written by schema version 2 (redemptions by column; the fixture was written by that
/// version's store) are read as they were written and stored as version 3 on their next write.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class SchemaUpgradeTests(CosmosServerFixture cosmos)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_schema_2_document_reads_as_the_package_that_wrote_it_and_its_next_write_stores_version_3()
    {
        var container = await cosmos.NewContainerAsync();
        var packages = CosmosServerFixture.PackageStore(container);
        var fixture = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", "package-schema-2.json"));
        using (var created = await container.Container.CreateItemStreamAsync(new MemoryStream(fixture), new PartitionKey("maple")))
        {
            Assert.True(created.IsSuccessStatusCode, created.StatusCode.ToString());
        }

        var expected = TheFixturesHistory();
        var stored = (await packages.FindAsync("maple", "pkg-v2", default))!;

        Assert.Equal(expected.Redemptions, stored.Value.Redemptions);
        // A returned session's audit line written before family sharing names no client (it was the owner's); lines written since do.
        Assert.Equal(expected.AuditTrail([]).Select(e => e.Ref == "appt-1" ? e with { ClientId = null } : e), stored.Value.AuditTrail([]));
        Assert.Equal(expected.ReceiptFor(expected.RedemptionFor("appt-6")!), stored.Value.ReceiptFor(stored.Value.RedemptionFor("appt-6")!));
        var legacyEvent = JsonNode.Parse(EventEnvelope.Serialize(stored.Value, stored.Value.Outbox[2]))!;
        Assert.Equal((1, "session-redeemed", 14285), (legacyEvent["schemaVersion"]!.GetValue<int>(), legacyEvent["type"]!.GetValue<string>(), legacyEvent["data"]!["valueMinor"]!.GetValue<int>()));
        var history = stored.Value.AuditTrail([]);
        Assert.Equal(new Money(100_001, "CAD"), history.Single(h => h.Kind == PackageEventKind.PaymentApplied).Amount);
        Assert.Equal(ReversalReason.NoShow, history.Single(h => h.Kind == PackageEventKind.SessionForfeited).ReversalReason);

        stored.Value.ChangeExpiry(new DateOnly(2027, 6, 30), "Upgrade test", new Actor("jane", "staff"), Now.AddDays(50));
        Assert.NotNull(await packages.TryReplaceAsync(stored.Value, stored.ETag, default));
        var written = await RawAsync(container, "pkg-v2");

        Assert.Equal(3, written["schemaVersion"]!.GetValue<int>());
        var redemptions = written["redemptions"]!.AsArray();
        Assert.Equal(["appt-0", "appt-2", "appt-3", "appt-4", "appt-5", "appt-6"], redemptions.Select(r => r!["appointmentId"]!.GetValue<string>()));
        Assert.Equal("noShow", redemptions[3]!["forfeited"]!.GetValue<string>());
        Assert.Equal("2026-12-24T15:00:01.332Z", redemptions[3]!["at"]!.GetValue<string>());
        var reread = (await packages.FindAsync("maple", "pkg-v2", default))!.Value;
        Assert.Equal(expected.Redemptions, reread.Redemptions);
        Assert.Equal(12, reread.Outbox.Count);
        Assert.Equal([1, 1, 2], new[] { 0, 10, 11 }.Select(i => JsonNode.Parse(EventEnvelope.Serialize(reread, reread.Outbox[i]))!["schemaVersion"]!.GetValue<int>()));
        Assert.Null(written["history"]![4]!["detail"]);
    }

    [Fact]
    public async Task A_version_3_redemption_is_one_named_object_without_defaults()
    {
        var container = await cosmos.NewContainerAsync();
        var packages = CosmosServerFixture.PackageStore(container);
        Assert.NotNull(await packages.TryCreateAsync(TheFixturesHistory(), default));

        var redemption = (await RawAsync(container, "pkg-v2"))["redemptions"]![0]!.AsObject();

        Assert.Equal(
            """{"appointmentId":"appt-0","serviceType":"acupuncture","at":"2026-11-26T15:00:00Z","by":"staff:jane","slot":0,"sessionsLeft":6}""",
            redemption.ToJsonString());
    }

    /// <summary>What the fixture's store was given: the same calls as when it was written.</summary>
    private static Package TheFixturesHistory()
    {
        var clinic = Clinic.Create("maple", "Maple Physio", "America/Toronto").Value;
        var terms = PackageTerms.Create("Mixed", new Money(100_001, "CAD"), 7, ["massage", "acupuncture"], null,
            ExpiryPolicy.Never, false, LateCancelPolicy.Forfeit).Value;
        var offer = new Offer("offer-1", "maple", terms, OfferStatus.Active, Now, Now);
        var package = Package.Sell("pkg-v2", "client-1", offer, terms, clinic, new Actor("jane", "staff"), Now.AddMilliseconds(640));
        package.ApplyPayment("pay-1", new Money(100_001, "CAD"), Now);
        string[] actors = ["jane", "sam", "lee"];
        for (var i = 0; i < 6; i++)
        {
            package.Redeem($"appt-{i}", i % 3 == 0 ? "acupuncture" : "massage", new Actor(actors[i % 3], "staff"), Now.AddDays(7 * i).AddMilliseconds(i * 333));
        }

        package.ReverseRedemption("appt-1", ReversalReason.Cancelled, new Actor("jane", "staff"), Now.AddDays(40));
        package.ReverseRedemption("appt-4", ReversalReason.NoShow, new Actor("sam", "staff"), Now.AddDays(41));
        package.Redeem("appt-6", "massage", new Actor("lee", "admin"), Now.AddDays(42));
        return package;
    }

    private static async Task<JsonObject> RawAsync(PackagesContainer container, string id)
    {
        using var response = await container.Container.ReadItemStreamAsync(id, new PartitionKey("maple"));
        return (await JsonNode.ParseAsync(response.Content))!.AsObject();
    }
}
