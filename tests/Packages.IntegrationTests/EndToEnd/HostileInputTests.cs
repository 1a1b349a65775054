using System.Net;
using System.Net.Http.Json;
using System.Text;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>What trying the API as an attacker broke, each replayed over HTTP against the real local server.</summary>
[Collection(CosmosCollection.Name)]
public sealed class HostileInputTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("9007199254740993")]
    [InlineData("1000000000001")]
    public async Task An_offer_priced_beyond_the_maximum_is_refused_and_the_offers_stay_readable(string price)
    {
        var body = $$"""{"name":"Huge","price":{"amountMinor":{{price}},"currency":"CAD"},"sessions":1,"eligibleServiceTypes":["massage"]}""";

        var response = await Host.Client.PostAsync("/api/clinics/maple-physio/offers", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Clinic.GetAsync("offers")).StatusCode);
    }

    [Fact]
    public async Task An_id_with_a_trailing_line_break_is_refused_and_never_aliases_an_owner_or_an_appointment()
    {
        var offer = await Clinic.CreateOfferAsync(5, 45_000, maxBeneficiaries: 2, sessionsPerClient: 2);
        var package = await Clinic.SellPaidAsync(offer, 45_000, "bob");
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "appt-1", clientId: "bob")).StatusCode);

        var alias = await Clinic.PostAsync($"packages/{package}/beneficiaries", new { clientId = "bob\n", reason = "alias" });
        var again = await Clinic.RedeemAsync(package, "appt-1\n", clientId: "bob");
        var toSelf = await Host.PostAsync($"/api/clinics/maple-physio/packages/{package}/session-transfers", new { toClientId = "bob\n", sessions = 1, reason = "x" }, "nl-1");
        var route = await Host.Client.GetAsync($"/api/clinics/maple-physio/packages/{package}%0A");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { alias.StatusCode, again.StatusCode, toSelf.StatusCode, route.StatusCode });
        var state = await Clinic.GetPackageAsync(package);
        Assert.Equal((4, 0), (state.GetProperty("sessionsRemaining").GetInt32(), state.GetProperty("beneficiaries").GetArrayLength()));
    }

    [Fact]
    public async Task A_payment_of_two_to_the_sixty_three_is_dead_lettered_on_first_delivery_and_the_package_stays_readable()
    {
        var package = await Clinic.SellAsync(await Clinic.CreateOfferAsync(5, 45_000));

        var report = await Clinic.PostPaymentAsync("payment-applied", "pay-huge", package, long.MaxValue);

        Assert.Equal("deadLettered", report.GetProperty("settlement").GetString());
        Assert.Equal("validation-failed", report.GetProperty("deadLetterReason").GetString());
        Assert.Equal(1, report.GetProperty("deliveryCount").GetInt32());
        Assert.Equal(0, (await Clinic.GetPackageAsync(package)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await Clinic.GetAsync("clients/client-42/packages")).StatusCode);
    }

    [Fact]
    public async Task Import_rows_fail_alone_duplicates_are_named_and_different_content_under_an_imported_reference_is_a_conflict()
    {
        var offer = await Clinic.CreateOfferAsync(10, 100_000);
        object Row(string reference, string purchasedOn = "2026-06-01", int used = 2) => new
        {
            offerId = offer, externalReference = reference, clientId = "client-7", purchasedOn, expiresOn = (string?)null,
            sessionsUsed = used, amountPaid = new { amountMinor = 100_000, currency = "CAD" },
        };
        var rows = new object[]
        {
            Row("OLD-1"),
            Row("OLD-2", purchasedOn: "2026-02-30"),
            new { offerId = offer, externalReference = "OLD-3", clientId = "client-7", purchasedOn = "2026-06-01", expiresOn = (string?)null,
                  amountPaid = new { amountMinor = 0, currency = "CAD" } },
            Row("OLD-1"),
        };

        var first = await Host.JsonAsync(await Clinic.PostAsync("imports/packages", new { packages = rows }));
        var changed = await Host.JsonAsync(await Clinic.PostAsync("imports/packages", new { packages = new[] { Row("OLD-1", used: 5) } }));
        var same = await Host.JsonAsync(await Clinic.PostAsync("imports/packages", new { packages = new[] { Row("OLD-1") } }));

        var results = first.GetProperty("rows");
        Assert.Equal("imported", results[0].GetProperty("status").GetString());
        Assert.True(results[1].GetProperty("errors").TryGetProperty("purchasedOn", out _));
        Assert.True(results[2].GetProperty("errors").TryGetProperty("sessionsUsed", out _));
        Assert.Equal("duplicate-row", results[3].GetProperty("errorCode").GetString());
        Assert.Equal("import-conflict", changed.GetProperty("rows")[0].GetProperty("errorCode").GetString());
        Assert.Equal("alreadyImported", same.GetProperty("rows")[0].GetProperty("status").GetString());
        var package = await Clinic.GetPackageAsync(results[0].GetProperty("packageId").GetString()!);
        Assert.Equal(2, package.GetProperty("sessionsUsed").GetInt32());
    }

    [Fact]
    public async Task Reversing_again_after_twenty_more_cycles_gives_the_first_answer()
    {
        var package = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(5, 45_000), 45_000);
        await Clinic.RedeemAsync(package, "appt-0");
        var first = await Clinic.PostAsync($"packages/{package}/redemptions/appt-0/reversal", new { reason = "cancelled" });
        for (var i = 1; i <= 20; i++)
        {
            await Clinic.RedeemAsync(package, $"appt-{i}");
            await Clinic.PostAsync($"packages/{package}/redemptions/appt-{i}/reversal", new { reason = "cancelled" });
        }

        var again = await Clinic.PostAsync($"packages/{package}/redemptions/appt-0/reversal", new { reason = "cancelled" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("returned", (await Host.JsonAsync(again)).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Ids_in_routes_follow_the_id_rule_and_a_patient_cannot_list_another_client()
    {
        var longId = new string('c', 2048);
        var patient = Host.ClientWith(Host.TokenFor("p-1", "maple-physio:patient:client-42"));

        Assert.Equal(HttpStatusCode.BadRequest, (await Clinic.GetAsync($"clients/{longId}/packages")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Clinic.GetAsync("clients/'%3B%20DROP/packages")).StatusCode);
        var other = await patient.GetAsync("/api/clinics/maple-physio/clients/client-7/packages");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("client-not-found", await ClinicScenario.ProblemCodeAsync(other));
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync("/api/clinics/maple-physio/clients/client-42/packages")).StatusCode);
    }

    [Fact]
    public async Task A_continuation_token_only_pages_the_list_that_issued_it()
    {
        var offer = await Clinic.CreateOfferAsync(5, 45_000);
        await Clinic.SellAsync(offer, "client-a");
        await Clinic.SellAsync(offer, "client-a");
        await Clinic.CreateOfferAsync(6, 46_000);
        var page = await Host.JsonAsync(await Clinic.GetAsync("clients/client-a/packages?pageSize=1"));
        var token = page.GetProperty("continuationToken").GetString()!;

        Assert.Equal(HttpStatusCode.OK, (await Clinic.GetAsync($"clients/client-a/packages?pageSize=1&continuationToken={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Clinic.GetAsync($"clients/client-b/packages?pageSize=1&continuationToken={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Clinic.GetAsync($"offers?pageSize=1&continuationToken={token}")).StatusCode);
    }

    [Fact]
    public async Task Control_characters_and_bad_percent_encoding_are_refused_in_body_and_query()
    {
        var package = await Clinic.SellAsync(await Clinic.CreateOfferAsync(5, 45_000));

        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.DeleteAsync($"/api/clinics/maple-physio/packages/{package}?reason=%FF%FE")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Host.Client.DeleteAsync($"/api/clinics/maple-physio/packages/{package}?reason=a%00b")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Clinic.PostAsync($"packages/{package}/cancel", new { reason = "bell\u0007" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Clinic.PutAsync("../maple-physio", new { name = "Maple\u0000", timeZone = "America/Toronto" })).StatusCode);
        Assert.Equal("active", (await Clinic.GetPackageAsync(package)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/nowhere", 404, "route-not-found")]
    [InlineData("DELETE", "/api/openapi.json", 405, "method-not-allowed")]
    public async Task Errors_no_function_produced_are_problem_documents_too(string method, string path, int status, string code)
    {
        var response = await Host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, await ClinicScenario.ProblemCodeAsync(response));
    }

    [Fact]
    public async Task An_overlong_url_and_oversized_headers_get_problem_documents()
    {
        var longUrl = await Host.Client.GetAsync("/api/health?x=" + new string('a', 9000));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("X-Big", new string('a', 40_000));
        var bigHeaders = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Equal("uri-too-long", await ClinicScenario.ProblemCodeAsync(longUrl));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, bigHeaders.StatusCode);
        Assert.Equal("headers-too-large", await ClinicScenario.ProblemCodeAsync(bigHeaders));
    }
}
