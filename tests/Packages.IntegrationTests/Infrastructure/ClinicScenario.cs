using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>The HTTP and message steps every end-to-end test repeats, named as a clinic would.</summary>
public sealed class ClinicScenario(LocalHostDriver host, string clinicId = "maple-physio")
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _owners = new();

    public string ClinicId => clinicId;

    public async Task RegisterAsync(string timeZone = "America/Toronto")
    {
        var response = await host.Client.PutAsJsonAsync($"/api/clinics/{clinicId}", new { name = "Maple Physio", timeZone });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<string> CreateOfferAsync(
        int sessions, long priceMinor, object? defaultExpiry = null, object? serviceTypeCaps = null, string lateCancelPolicy = "forfeit",
        int maxBeneficiaries = 0, int? sessionsPerClient = null)
    {
        var response = await host.PostAsync($"/api/clinics/{clinicId}/offers", new
        {
            name = $"{sessions} sessions",
            price = new { amountMinor = priceMinor, currency = "CAD" },
            sessions,
            eligibleServiceTypes = new[] { "massage", "acupuncture" },
            serviceTypeCaps,
            defaultExpiry,
            lateCancelPolicy,
            maxBeneficiaries,
            sessionsPerClient,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await host.JsonAsync(response)).GetProperty("offerId").GetString()!;
    }

    public async Task<string> SellPaidAsync(string offerId, long priceMinor, string clientId = "client-42")
    {
        var package = await SellAsync(offerId, clientId);
        await PostPaymentAsync("payment-applied", $"pay-{package}", package, priceMinor);
        return package;
    }

    /// <summary>A paid 5-session package of client-42 with one session used (appt-1): the usual fixture data.</summary>
    public async Task<(string OfferId, string PackageId)> SellPaidAndRedeemOnceAsync()
    {
        var offer = await CreateOfferAsync(5, 45_000);
        var package = await SellPaidAsync(offer, 45_000, "client-42");
        await RedeemAsync(package, "appt-1");
        return (offer, package);
    }

    public async Task<string> SellAsync(string offerId, string clientId = "client-42")
    {
        var response = await host.PostAsync($"/api/clinics/{clinicId}/packages", new { offerId, clientId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var packageId = (await host.JsonAsync(response)).GetProperty("packageId").GetString()!;
        _owners[packageId] = clientId;
        return packageId;
    }

    /// <summary>Redeems for <paramref name="clientId"/>, by default the client this scenario sold the package to.</summary>
    public Task<HttpResponseMessage> RedeemAsync(string packageId, string appointmentId, string serviceType = "massage", string? clientId = null) =>
        host.PostAsync($"/api/clinics/{clinicId}/packages/{packageId}/redemptions",
            new { appointmentId, clientId = clientId ?? _owners.GetValueOrDefault(packageId, "client-42"), serviceType });

    public async Task<JsonElement> GetPackageAsync(string packageId)
    {
        var response = await host.Client.GetAsync($"/api/clinics/{clinicId}/packages/{packageId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await host.JsonAsync(response);
    }

    public Task<HttpResponseMessage> PostAsync(string relativePath, object body) =>
        host.PostAsync($"/api/clinics/{clinicId}/{relativePath}", body);

    public Task<HttpResponseMessage> PutAsync(string relativePath, object body) =>
        host.Client.PutAsJsonAsync($"/api/clinics/{clinicId}/{relativePath}", body);

    public Task<HttpResponseMessage> GetAsync(string relativePath) => host.Client.GetAsync($"/api/clinics/{clinicId}/{relativePath}");

    public async Task<JsonElement> PostPaymentAsync(string type, string paymentId, string packageId, long amountMinor, string currency = "CAD")
    {
        var response = await host.PostAsync("/local/servicebus/payments", new
        {
            type,
            paymentId,
            clinicId,
            packageId,
            amount = new { amountMinor, currency },
            occurredAt = host.Time.GetUtcNow(),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await host.JsonAsync(response);
    }

    /// <summary>What the DispatchOutbox timer does every minute: publishes what outboxes hold and empties them.</summary>
    public Task DispatchOutboxAsync() => RunTimerAsync("DispatchOutbox");

    public Task RunExpirySweepAsync() => RunTimerAsync("ExpirePackages");

    public Task RunRemindersAsync() => RunTimerAsync("SendReminders");

    public Task RunTransferTimerAsync() => RunTimerAsync("CompleteTransfers");

    /// <summary>Runs a timer function now, as "Run" does in the Azure portal.</summary>
    public async Task RunTimerAsync(string name)
    {
        var response = await host.Client.PostAsync($"/local/timers/{name}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<string> ProblemCodeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("code").GetString()!;
    }
}
