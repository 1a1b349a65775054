using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Moving a whole package, or some of its sessions, to another client over HTTP.</summary>
[Collection(CosmosCollection.Name)]
public sealed class TransferTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _offer = null!;

    protected override async Task SeedAsync() => _offer = await Clinic.CreateOfferAsync(7, 1_000, maxBeneficiaries: 1);

    [Fact]
    public async Task A_whole_package_goes_to_its_new_owner_who_finds_and_uses_it()
    {
        var package = await Clinic.SellPaidAsync(_offer, 1_000, "anna");
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "anna-1", clientId: "anna")).StatusCode);

        var moved = await Host.JsonAsync(await Clinic.PostAsync($"packages/{package}/transfer", new { toClientId = "ben", reason = "anna moved away" }));

        Assert.Equal("ben", moved.GetProperty("clientId").GetString());
        Assert.Equal("anna", Assert.Single(moved.GetProperty("redemptions").EnumerateArray()).GetProperty("clientId").GetString());
        Assert.Single((await Host.JsonAsync(await Clinic.GetAsync("clients/ben/packages"))).GetProperty("items").EnumerateArray());
        Assert.Empty((await Host.JsonAsync(await Clinic.GetAsync("clients/anna/packages"))).GetProperty("items").EnumerateArray());
        Assert.Equal("client-not-beneficiary", await ClinicScenario.ProblemCodeAsync(await Clinic.RedeemAsync(package, "anna-2", clientId: "anna")));
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "ben-1", clientId: "ben")).StatusCode);
        var history = await Host.JsonAsync(await Clinic.GetAsync($"packages/{package}/history"));
        var line = history.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "ownerChanged");
        Assert.Equal(("anna", "ben", "anna moved away"), (line.GetProperty("ref").GetString(), line.GetProperty("clientId").GetString(), line.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task The_new_owner_of_a_transferred_package_sees_neither_the_previous_familys_sessions_nor_its_history()
    {
        var package = await Clinic.SellPaidAsync(_offer, 1_000, "anna");
        await Clinic.PostAsync($"packages/{package}/beneficiaries", new { clientId = "anna-son", reason = "Family" });
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "anna-1", clientId: "anna")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "son-1", clientId: "anna-son")).StatusCode);
        Host.Time.Advance(TimeSpan.FromDays(1));
        await Clinic.PostAsync($"packages/{package}/transfer", new { toClientId = "ben", reason = "Sold to Ben" });
        Host.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "ben-1", clientId: "ben")).StatusCode);
        using var ben = Host.ClientWith(Host.TokenFor("u-ben", "maple-physio:patient:ben"));
        using var anna = Host.ClientWith(Host.TokenFor("u-anna", "maple-physio:patient:anna"));

        var benView = await Host.JsonAsync(await ben.GetAsync($"/api/clinics/maple-physio/packages/{package}"));
        var benHistory = await Host.JsonAsync(await ben.GetAsync($"/api/clinics/maple-physio/packages/{package}/history"));
        var annaView = await Host.JsonAsync(await anna.GetAsync($"/api/clinics/maple-physio/packages/{package}"));

        Assert.Equal(("owner", 3, 4), (benView.GetProperty("view").GetString(), benView.GetProperty("sessionsUsed").GetInt32(), benView.GetProperty("sessionsRemaining").GetInt32()));
        Assert.Equal("ben-1", Assert.Single(benView.GetProperty("redemptions").EnumerateArray()).GetProperty("appointmentId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/api/clinics/maple-physio/packages/{package}/redemptions/son-1")).StatusCode);
        var kinds = benHistory.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["ownerChanged", "redeemed"], kinds);
        Assert.Equal(("shared", "anna-1"), (annaView.GetProperty("view").GetString(),
            Assert.Single(annaView.GetProperty("redemptions").EnumerateArray()).GetProperty("appointmentId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/clinics/maple-physio/packages/{package}/history")).StatusCode);

        // Named again as Ben's beneficiaries, the previous family's past sessions still stay theirs.
        await Clinic.PostAsync($"packages/{package}/beneficiaries", new { clientId = "anna-son", reason = "Ben's family now" });
        var again = await Host.JsonAsync(await ben.GetAsync($"/api/clinics/maple-physio/packages/{package}"));
        Assert.Equal("ben-1", Assert.Single(again.GetProperty("redemptions").EnumerateArray()).GetProperty("appointmentId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"/api/clinics/maple-physio/packages/{package}/redemptions/son-1")).StatusCode);
    }

    [Fact]
    public async Task Moves_made_by_a_previous_owner_are_not_shown_to_the_new_one()
    {
        var package = await Clinic.SellPaidAsync(_offer, 1_000, "anna");
        await Host.PostAsync($"/api/clinics/maple-physio/packages/{package}/session-transfers", new { toClientId = "carl", sessions = 2, reason = "Gift" }, "m-anna");
        Host.Time.Advance(TimeSpan.FromDays(1));
        await Clinic.PostAsync($"packages/{package}/transfer", new { toClientId = "ben", reason = "Sold to Ben" });
        using var ben = Host.ClientWith(Host.TokenFor("u-ben", "maple-physio:patient:ben"));

        var view = await Host.JsonAsync(await ben.GetAsync($"/api/clinics/maple-physio/packages/{package}"));
        var staff = await Clinic.GetPackageAsync(package);

        Assert.Equal((0, 2, 5), (view.GetProperty("transfersOut").GetArrayLength(), view.GetProperty("sessionsTransferred").GetInt32(), view.GetProperty("sessionsRemaining").GetInt32()));
        Assert.Equal("carl", Assert.Single(staff.GetProperty("transfersOut").EnumerateArray()).GetProperty("toClientId").GetString());
    }

    [Fact]
    public async Task Moving_sessions_needs_an_idempotency_key_and_repeating_it_moves_nothing_twice()
    {
        var package = await Clinic.SellPaidAsync(_offer, 1_000, "anna");
        var path = $"/api/clinics/maple-physio/packages/{package}/session-transfers";
        var body = new { toClientId = "ben", sessions = 3, reason = "gift to a friend" };

        var keyless = await Host.PostAsync(path, body);
        var first = await Host.PostAsync(path, body, "move-1");
        var again = await Host.PostAsync(path, body, "move-1");

        Assert.Equal(HttpStatusCode.BadRequest, keyless.StatusCode);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        var moved = await Host.JsonAsync(first);
        var received = moved.GetProperty("received");
        Assert.Equal(4, moved.GetProperty("source").GetProperty("sessionsRemaining").GetInt32());
        Assert.True(Assert.Single(moved.GetProperty("source").GetProperty("transfersOut").EnumerateArray()).GetProperty("completed").GetBoolean());
        Assert.Equal(("ben", 3, "transferred", package), (received.GetProperty("clientId").GetString(), received.GetProperty("sessionsRemaining").GetInt32(),
            received.GetProperty("source").GetString(), received.GetProperty("transferredFrom").GetString()));
        Assert.Equal(first.Headers.Location!.ToString(), $"/api/clinics/maple-physio/packages/{received.GetProperty("packageId").GetString()}");
        Assert.Equal(4, (await Clinic.GetPackageAsync(package)).GetProperty("sessionsRemaining").GetInt32());
        Assert.Single((await Host.JsonAsync(await Clinic.GetAsync("clients/ben/packages"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Moved_sessions_carry_their_original_receipt_values_and_both_packages_add_up_to_the_price()
    {
        // 1000 over 7: six sessions of 142 and a last one of 148. The three last move.
        var package = await Clinic.SellPaidAsync(_offer, 1_000, "anna");
        var moved = await Host.JsonAsync(await Host.PostAsync($"/api/clinics/maple-physio/packages/{package}/session-transfers",
            new { toClientId = "ben", sessions = 3, reason = "gift" }, "move-values"));
        var received = moved.GetProperty("received").GetProperty("packageId").GetString()!;

        var benValues = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            benValues.Add((await Host.JsonAsync(await Clinic.RedeemAsync(received, $"ben-{i}", clientId: "ben"))).GetProperty("value").GetProperty("amountMinor").GetInt64());
        }

        var annaValues = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            annaValues.Add((await Host.JsonAsync(await Clinic.RedeemAsync(package, $"anna-{i}", clientId: "anna"))).GetProperty("value").GetProperty("amountMinor").GetInt64());
        }

        Assert.Equal([142, 142, 148], benValues);
        Assert.Equal([142, 142, 142, 142], annaValues);
        Assert.Equal(1_000, benValues.Sum() + annaValues.Sum());
        Assert.Equal("package-exhausted", await ClinicScenario.ProblemCodeAsync(await Clinic.RedeemAsync(package, "anna-9", clientId: "anna")));
        Assert.Equal("package-exhausted", await ClinicScenario.ProblemCodeAsync(await Clinic.RedeemAsync(received, "ben-9", clientId: "ben")));
    }

    [Fact]
    public async Task Unpaid_or_used_up_sessions_do_not_move()
    {
        var unpaid = await Clinic.SellAsync(_offer, "anna");
        var paid = await Clinic.SellPaidAsync(_offer, 1_000, "carl");

        var notPaid = await Host.PostAsync($"/api/clinics/maple-physio/packages/{unpaid}/session-transfers", new { toClientId = "ben", sessions = 1, reason = "x" }, "m-1");
        var tooMany = await Host.PostAsync($"/api/clinics/maple-physio/packages/{paid}/session-transfers", new { toClientId = "ben", sessions = 8, reason = "x" }, "m-2");
        var toSelf = await Host.PostAsync($"/api/clinics/maple-physio/packages/{paid}/session-transfers", new { toClientId = "carl", sessions = 1, reason = "x" }, "m-3");

        Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(notPaid));
        Assert.Equal("not-enough-sessions", await ClinicScenario.ProblemCodeAsync(tooMany));
        Assert.Equal(HttpStatusCode.BadRequest, toSelf.StatusCode);
        Assert.Equal(7, (await Clinic.GetPackageAsync(paid)).GetProperty("sessionsRemaining").GetInt32());
    }
}
