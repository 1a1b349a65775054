using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Patients buying online over HTTP: payment request, gifts, the per-patient limit under a race, the hold.</summary>
[Collection(CosmosCollection.Name)]
public sealed class OnlinePurchaseTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _online = null!;
    private string _staffOnly = null!;

    protected override async Task SeedAsync()
    {
        var clinic = await Host.Client.PutAsJsonAsync("/api/clinics/maple-physio",
            new { name = "Maple Physio", timeZone = "America/Toronto", onlinePurchases = new { holdHours = 24, maxUnpaidPerClient = 2 } });
        Assert.Equal(HttpStatusCode.OK, clinic.StatusCode);
        _online = await OfferAsync(soldOnline: true);
        _staffOnly = await OfferAsync(soldOnline: false);
    }

    [Fact]
    public async Task A_patient_buys_online_and_the_payment_system_is_asked_for_the_exact_amount_then_unlocks_it()
    {
        using var patient = Patient("pat");

        var keyless = await patient.PostAsJsonAsync("/api/clinics/maple-physio/online-purchases", new { offerId = _online });
        var bought = await BuyAsync(patient, "buy-1", new { offerId = _online });
        var again = await BuyAsync(patient, "buy-1", new { offerId = _online });
        var staffOnly = await BuyAsync(patient, "buy-2", new { offerId = _staffOnly });

        Assert.Equal(HttpStatusCode.BadRequest, keyless.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
        Assert.Equal(await bought.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("offer-not-sold-online", await ClinicScenario.ProblemCodeAsync(staffOnly));
        var purchase = await Host.JsonAsync(bought);
        var package = purchase.GetProperty("packageId").GetString()!;
        Assert.Equal(("awaitingPayment", 60_000L, package), (purchase.GetProperty("status").GetString(),
            purchase.GetProperty("amount").GetProperty("amountMinor").GetInt64(), purchase.GetProperty("paymentReference").GetString()));
        Assert.Equal(LocalHostDriver.Start.AddHours(24), purchase.GetProperty("holdUntil").GetDateTimeOffset());
        await Clinic.DispatchOutboxAsync();
        var requested = Assert.Single(Host.Services.GetRequiredService<RecordingEventPublisher>().Published, e => e.Field("type") == "package-purchase-requested");
        Assert.Equal(("60000", "CAD", package), (requested.GetProperty("data").GetProperty("amount").Field("amountMinor"), requested.GetProperty("data").GetProperty("amount").Field("currency"), requested.Data("paymentReference")));

        await Clinic.PostPaymentAsync("payment-applied", "pay-online-0", package, 1);
        var partly = await Host.JsonAsync(await patient.GetAsync($"/api/clinics/maple-physio/online-purchases/{package}"));
        Assert.Equal(("partlyPaid", JsonValueKind.Null), (partly.GetProperty("status").GetString(), partly.GetProperty("holdUntil").ValueKind));
        await Clinic.PostPaymentAsync("payment-applied", "pay-online-1", package, 59_999);

        var paid = await Host.JsonAsync(await patient.GetAsync($"/api/clinics/maple-physio/online-purchases/{package}"));
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "appt-1", clientId: "pat")).StatusCode);
    }

    [Fact]
    public async Task A_gift_belongs_to_its_recipient_and_its_buyer_sees_only_the_purchase()
    {
        using var giver = Patient("giver");
        using var friend = Patient("friend");

        var purchase = await Host.JsonAsync(await BuyAsync(giver, "gift-1", new { offerId = _online, forClientId = "friend" }));
        var package = purchase.GetProperty("packageId").GetString()!;

        Assert.Equal(("giver", "friend"), (purchase.GetProperty("buyerClientId").GetString(), purchase.GetProperty("ownerClientId").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await giver.GetAsync($"/api/clinics/maple-physio/online-purchases/{package}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await giver.GetAsync($"/api/clinics/maple-physio/packages/{package}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await friend.GetAsync($"/api/clinics/maple-physio/online-purchases/{package}")).StatusCode);
        // Unpaid, the gift is the giver's business only: nobody can fill another patient's list with unpaid purchases.
        Assert.Empty((await Host.JsonAsync(await friend.GetAsync("/api/clinics/maple-physio/clients/friend/packages"))).GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await friend.GetAsync($"/api/clinics/maple-physio/packages/{package}")).StatusCode);
        await Clinic.PostPaymentAsync("payment-applied", "pay-cent", package, 1);
        await Clinic.PostPaymentAsync("payment-unapplied", "pay-cent", package, 1);
        Assert.Empty((await Host.JsonAsync(await friend.GetAsync("/api/clinics/maple-physio/clients/friend/packages"))).GetProperty("items").EnumerateArray());
        await Clinic.PostPaymentAsync("payment-applied", "pay-gift", package, 60_000);
        var owned = await Host.JsonAsync(await friend.GetAsync("/api/clinics/maple-physio/clients/friend/packages"));
        Assert.Equal(("online", "owner"), (Assert.Single(owned.GetProperty("items").EnumerateArray()).GetProperty("source").GetString(),
            owned.GetProperty("items")[0].GetProperty("view").GetString()));
    }

    [Fact]
    public async Task Racing_purchases_of_one_patient_never_exceed_the_clinics_limit_and_a_paid_one_frees_its_slot()
    {
        using var patient = Patient("pat");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => BuyAsync(patient, $"race-{i}", new { offerId = _online })));

        var created = results.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        Assert.Equal(2, created.Count);
        Assert.All(results.Except(created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal("too-many-unpaid-purchases", await ClinicScenario.ProblemCodeAsync(results.First(r => r.StatusCode == HttpStatusCode.Conflict)));
        var first = (await Host.JsonAsync(created[0])).GetProperty("packageId").GetString()!;
        await Clinic.PostPaymentAsync("payment-applied", "pay-race", first, 60_000);
        Assert.Equal(HttpStatusCode.Created, (await BuyAsync(patient, "after-payment", new { offerId = _online })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await BuyAsync(patient, "one-too-many", new { offerId = _online })).StatusCode);
    }

    [Fact]
    public async Task Unpaid_at_the_end_of_its_hold_it_is_cancelled_and_a_late_payment_is_dead_lettered()
    {
        using var patient = Patient("pat");
        var package = (await Host.JsonAsync(await BuyAsync(patient, "held", new { offerId = _online }))).GetProperty("packageId").GetString()!;

        Host.Time.Advance(TimeSpan.FromHours(23));
        await Clinic.RunTimerAsync("CancelUnpaidPurchases");
        Assert.Equal("active", (await Clinic.GetPackageAsync(package)).GetProperty("status").GetString());
        Host.Time.Advance(TimeSpan.FromHours(1));
        await Clinic.RunTimerAsync("CancelUnpaidPurchases");

        var cancelled = await Clinic.GetPackageAsync(package);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        var late = await Clinic.PostPaymentAsync("payment-applied", "pay-late", package, 60_000);
        Assert.Equal(("deadLettered", "purchase-lapsed"), (late.GetProperty("settlement").GetString(), late.GetProperty("deadLetterReason").GetString()));
        Assert.Equal(0, (await Clinic.GetPackageAsync(package)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
        Assert.Equal("cancelled", (await Host.JsonAsync(await patient.GetAsync($"/api/clinics/maple-physio/online-purchases/{package}"))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await BuyAsync(patient, "after-lapse-1", new { offerId = _online })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await BuyAsync(patient, "after-lapse-2", new { offerId = _online })).StatusCode);
    }

    [Fact]
    public async Task Staff_cannot_buy_online_and_a_patient_cannot_buy_in_another_clinic()
    {
        using var staff = Host.ClientWith(Host.TokenFor("s-1", "maple-physio:staff"));
        using var patient = Patient("pat");

        Assert.Equal(HttpStatusCode.Forbidden, (await BuyAsync(staff, "s-1", new { offerId = _online })).StatusCode);
        var elsewhere = new HttpRequestMessage(HttpMethod.Post, "/api/clinics/other-clinic/online-purchases") { Content = JsonContent.Create(new { offerId = _online }) };
        elsewhere.Headers.Add("Idempotency-Key", "x-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.SendAsync(elsewhere)).StatusCode);
    }

    private HttpClient Patient(string clientId) => Host.ClientWith(Host.TokenFor($"u-{clientId}", $"maple-physio:patient:{clientId}"));

    private static Task<HttpResponseMessage> BuyAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/clinics/maple-physio/online-purchases") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private async Task<string> OfferAsync(bool soldOnline)
    {
        var response = await Clinic.PostAsync("offers", new
        {
            name = soldOnline ? "Six online" : "Six at the desk",
            price = new { amountMinor = 60_000, currency = "CAD" },
            sessions = 6,
            eligibleServiceTypes = new[] { "massage" },
            soldOnline,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Host.JsonAsync(response)).GetProperty("offerId").GetString()!;
    }
}
