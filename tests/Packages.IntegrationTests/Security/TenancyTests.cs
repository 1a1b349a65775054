using System.Net;
using System.Text;
using Packages.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Packages.IntegrationTests.Security;

/// <summary>Every route, called by someone who must not see clinic A's data: nothing leaks and nothing changes.</summary>
[Collection(CosmosCollection.Name)]
public sealed class TenancyTests(CosmosServerFixture cosmos, ITestOutputHelper output) : ClinicTest(cosmos)
{
    private Dictionary<string, string> _routeValues = null!;
    private string _packageBefore = null!;

    protected override async Task SeedAsync()
    {
        var (offer, package) = await Clinic.SellPaidAndRedeemOnceAsync();
        var plan = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Monthly", price = new { amountMinor = 12_000, currency = "CAD" }, sessions = 4, eligibleServiceTypes = new[] { "massage" },
            membership = new { period = "month" },
        }));
        var enrolled = await Host.JsonAsync(await Clinic.PostAsync("memberships", new { offerId = plan.GetProperty("offerId").GetString(), clientId = "client-42" }));
        _routeValues = new()
        {
            ["clinicId"] = Clinic.ClinicId, ["packageId"] = package, ["offerId"] = offer,
            ["clientId"] = "client-42", ["appointmentId"] = "appt-1", ["from"] = "2026-12-01",
            ["membershipId"] = enrolled.GetProperty("membership").GetProperty("membershipId").GetString()!,
        };
        _packageBefore = (await Clinic.GetPackageAsync(package)).GetRawText();
    }

    public static TheoryData<string> Callers() => ["anonymous", "forged-token", "admin-of-another-clinic", "patient-of-another-client"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task No_route_leaks_or_changes_another_clinic_or_client_data(string caller)
    {
        using var client = Host.ClientWith(TokenOf(caller));
        var outcomes = new List<string>();
        foreach (var route in RouteCatalog.All.Where(r => !r.IsPublic))
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Fill(_routeValues))
            {
                Content = route.Method is "GET" or "DELETE" ? null : new StringContent("""{"reason":"x","name":"x"}""", Encoding.UTF8, "application/json"),
            };
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            outcomes.Add($"{route.Method} {route.Template} -> {(int)response.StatusCode}");

            Assert.True(Allowed(caller, route, response.StatusCode), $"{caller}: {route.Method} {route.Template} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Maple Physio", body);     // the clinic's name
            Assert.DoesNotContain("\"amountPaid\"", body);   // any package's money
            Assert.DoesNotContain("\"sessionsRemaining\"", body);
            if (!request.RequestUri!.OriginalString.Contains("client-42", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("client-42", body);    // the client, unless the caller named them
            }
        }

        output.WriteLine($"{caller}: {outcomes.Count} routes, 0 leaks\n" + string.Join('\n', outcomes));
        TestReport.Write($"tenancy: {caller}: {outcomes.Count} routes called, 0 leaks, statuses "
            + string.Join(", ", outcomes.GroupBy(o => o[^3..]).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Assert.Equal(_packageBefore, (await Clinic.GetPackageAsync(_routeValues["packageId"])).GetRawText());
    }

    [Fact]
    public void Every_http_function_declares_who_may_call_it() =>
        Assert.All(RouteCatalog.All, route => Assert.True(
            route.IsPublic || FunctionRoles(route.Function) > 0, $"{route.Function} declares no roles"));

    private static int FunctionRoles(string function) =>
        Packages.LocalHost.Functions.FunctionCatalog.From(typeof(Packages.Functions.Composition.PackagesBackend).Assembly).Functions
            .Single(f => f.Name == function).Method
            .GetCustomAttributes(typeof(Packages.Functions.Security.RequiresClinicRoleAttribute), false)
            .Cast<Packages.Functions.Security.RequiresClinicRoleAttribute>().Sum(a => a.Roles.Count);

    /// <summary>
    /// Anonymous and forged callers get 401, another clinic's admin 403. A patient of another client may
    /// list the clinic's offers (they hold no client data) and otherwise gets 403, or 404 for packages
    /// that are not theirs, or an empty list for another client's packages, or 400 for an online purchase without an offer.
    /// </summary>
    private static bool Allowed(string caller, RouteCatalog.Route route, HttpStatusCode status) => caller switch
    {
        "anonymous" or "forged-token" => status == HttpStatusCode.Unauthorized,
        "admin-of-another-clinic" => status == HttpStatusCode.Forbidden,
        _ => status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
             || (status == HttpStatusCode.OK && route.Method == "GET" && route.Function is "ListOffers" or "GetOffer" or "ListClientPackages")
             // A patient may buy online in their own clinic: this body (no offer, no Idempotency-Key) is refused, nothing bought.
             || (status == HttpStatusCode.BadRequest && route.Function == "BuyOnline"),
    };

    private string? TokenOf(string caller) => caller switch
    {
        "anonymous" => null,
        "forged-token" => ForgedToken(),
        "admin-of-another-clinic" => Host.TokenFor("mallory", "other-clinic:admin", "other-clinic:staff"),
        _ => Host.TokenFor("patient-99", "maple-physio:patient:client-99"),
    };

    /// <summary>A token claiming admin of clinic A, but signed with a key the server does not know.</summary>
    private static string ForgedToken()
    {
        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}""");
        var payload = Base64Url($$"""{"sub":"eve","clinic_roles":["maple-physio:admin"],"iss":"packages-local","aud":"packages-api","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}""");
        return $"{header}.{payload}.{Base64Url("not-the-signature")}";
    }

    private static string Base64Url(string text) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
}
