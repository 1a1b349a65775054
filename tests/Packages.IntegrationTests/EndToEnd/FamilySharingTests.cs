using System.Net;
using System.Text.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>A family package over HTTP: who may use it, how it is found, and what each role sees (docs/rules.md).</summary>
[Collection(CosmosCollection.Name)]
public sealed class FamilySharingTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _package = null!;

    protected override async Task SeedAsync()
    {
        var offer = await Clinic.CreateOfferAsync(10, 90_000, maxBeneficiaries: 2, sessionsPerClient: 6);
        _package = await Clinic.SellPaidAsync(offer, 90_000, "parent");
        var shared = await Clinic.PostAsync($"packages/{_package}/beneficiaries", new { clientId = "child", reason = "family package" });
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
    }

    [Fact]
    public async Task A_client_who_is_neither_owner_nor_beneficiary_is_refused_with_a_problem_type()
    {
        var refused = await Clinic.RedeemAsync(_package, "appt-x", clientId: "neighbour");
        var byClient = await Clinic.PostAsync("clients/neighbour/redemptions", new { appointmentId = "appt-y", serviceType = "massage" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("client-not-beneficiary", await ClinicScenario.ProblemCodeAsync(refused));
        Assert.Equal("no-redeemable-package", await ClinicScenario.ProblemCodeAsync(byClient));
        Assert.Equal(10, (await Clinic.GetPackageAsync(_package)).GetProperty("sessionsRemaining").GetInt32());
    }

    [Fact]
    public async Task A_beneficiary_redeems_by_package_or_by_client_and_the_receipt_names_them()
    {
        var named = await Host.JsonAsync(await Clinic.RedeemAsync(_package, "appt-1", clientId: "child"));
        var chosen = await Host.JsonAsync(await Clinic.PostAsync("clients/child/redemptions", new { appointmentId = "appt-2", serviceType = "acupuncture" }));
        var listed = await Host.JsonAsync(await Clinic.GetAsync("clients/child/packages"));

        Assert.Equal("child", named.GetProperty("clientId").GetString());
        Assert.Equal(_package, chosen.GetProperty("packageId").GetString());
        Assert.Equal("child", chosen.GetProperty("clientId").GetString());
        Assert.Equal(_package, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("packageId").GetString());
        var state = await Clinic.GetPackageAsync(_package);
        Assert.Equal(["child", "child"], state.GetProperty("redemptions").EnumerateArray().Select(r => r.GetProperty("clientId").GetString()));
    }

    [Fact]
    public async Task Each_family_member_is_held_to_the_per_client_limit()
    {
        for (var i = 1; i <= 6; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(_package, $"c-{i}", clientId: "child")).StatusCode);
        }

        var seventh = await Clinic.RedeemAsync(_package, "c-7", clientId: "child");
        var parent = await Clinic.RedeemAsync(_package, "p-1", clientId: "parent");

        Assert.Equal("client-limit-reached", await ClinicScenario.ProblemCodeAsync(seventh));
        Assert.Equal(HttpStatusCode.Created, parent.StatusCode);
    }

    [Fact]
    public async Task Each_role_sees_exactly_its_part()
    {
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(_package, "parent-appt", clientId: "parent")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(_package, "child-appt", clientId: "child")).StatusCode);
        using var owner = Host.ClientWith(Host.TokenFor("u-parent", "maple-physio:patient:parent"));
        using var child = Host.ClientWith(Host.TokenFor("u-child", "maple-physio:patient:child"));
        using var stranger = Host.ClientWith(Host.TokenFor("u-other", "maple-physio:patient:neighbour"));

        var ownerView = await Host.JsonAsync(await owner.GetAsync($"/api/clinics/maple-physio/packages/{_package}"));
        Assert.Equal("owner", ownerView.GetProperty("view").GetString());
        Assert.Equal(90_000, ownerView.GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
        Assert.Equal(2, ownerView.GetProperty("redemptions").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/clinics/maple-physio/packages/{_package}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/clinics/maple-physio/packages/{_package}/redemptions/child-appt")).StatusCode);

        var childView = await Host.JsonAsync(await child.GetAsync($"/api/clinics/maple-physio/packages/{_package}"));
        Assert.Equal("shared", childView.GetProperty("view").GetString());
        Assert.Equal(JsonValueKind.Null, childView.GetProperty("amountPaid").ValueKind);
        Assert.Equal(JsonValueKind.Null, childView.GetProperty("amountDue").ValueKind);
        Assert.Equal("child-appt", Assert.Single(childView.GetProperty("redemptions").EnumerateArray()).GetProperty("appointmentId").GetString());
        Assert.Equal(8, childView.GetProperty("sessionsRemaining").GetInt32());
        Assert.Equal(["child"], childView.GetProperty("beneficiaries").EnumerateArray().Select(b => b.GetString()));
        var childList = await Host.JsonAsync(await child.GetAsync("/api/clinics/maple-physio/clients/child/packages"));
        Assert.Equal("shared", Assert.Single(childList.GetProperty("items").EnumerateArray()).GetProperty("view").GetString());
        Assert.Equal(HttpStatusCode.OK, (await child.GetAsync($"/api/clinics/maple-physio/packages/{_package}/redemptions/child-appt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync($"/api/clinics/maple-physio/packages/{_package}/redemptions/parent-appt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync($"/api/clinics/maple-physio/packages/{_package}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync("/api/clinics/maple-physio/clients/parent/packages")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/clinics/maple-physio/packages/{_package}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await child.PostAsync($"/api/clinics/maple-physio/packages/{_package}/beneficiaries",
            System.Net.Http.Json.JsonContent.Create(new { clientId = "friend", reason = "x" }))).StatusCode);
    }

    [Fact]
    public async Task A_removed_beneficiary_can_no_longer_use_it_but_still_reads_their_own_sessions()
    {
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(_package, "child-appt", clientId: "child")).StatusCode);
        var removed = await Clinic.PostAsync($"packages/{_package}/beneficiaries/child/removal", new { reason = "left the family plan" });
        using var child = Host.ClientWith(Host.TokenFor("u-child", "maple-physio:patient:child"));

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("client-not-beneficiary", await ClinicScenario.ProblemCodeAsync(await Clinic.RedeemAsync(_package, "child-2", clientId: "child")));
        var view = await Host.JsonAsync(await child.GetAsync($"/api/clinics/maple-physio/packages/{_package}"));
        Assert.Equal("child-appt", Assert.Single(view.GetProperty("redemptions").EnumerateArray()).GetProperty("appointmentId").GetString());
        Assert.Empty((await Host.JsonAsync(await child.GetAsync("/api/clinics/maple-physio/clients/child/packages"))).GetProperty("items").EnumerateArray());
    }
}
