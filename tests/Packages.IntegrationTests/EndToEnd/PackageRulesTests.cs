using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>The package rules of issue #4, reached end to end over HTTP in the local host.</summary>
[Collection(CosmosCollection.Name)]
public sealed class PackageRulesTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task Per_service_caps_and_the_global_cap_hold_together_over_http()
    {
        var offer = await Clinic.CreateOfferAsync(10, 90_000, serviceTypeCaps: new[] { new { serviceType = "massage", maxSessions = 5 }, new { serviceType = "acupuncture", maxSessions = 5 } });
        var package = await Clinic.SellPaidAsync(offer, 90_000);

        var massages = new List<HttpStatusCode>();
        for (var i = 1; i <= 6; i++)
        {
            massages.Add((await Clinic.RedeemAsync(package, $"m-{i}", "massage")).StatusCode);
        }

        var sixth = await Clinic.RedeemAsync(package, "m-7", "massage");
        Assert.Equal(5, massages.Count(s => s == HttpStatusCode.Created));
        Assert.Equal("service-limit-reached", await ClinicScenario.ProblemCodeAsync(sixth));
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "a-1", "acupuncture")).StatusCode);
        Assert.Equal("service-not-eligible", await ClinicScenario.ProblemCodeAsync(await Clinic.RedeemAsync(package, "x-1", "physio")));
    }

    [Fact]
    public async Task With_installments_sessions_unlock_as_payments_cover_their_value()
    {
        var response = await Clinic.PostAsync("offers", new
        {
            name = "Four, in installments", price = new { amountMinor = 40_000, currency = "CAD" }, sessions = 4,
            eligibleServiceTypes = new[] { "massage" }, allowInstallments = true,
        });
        var offer = (await Host.JsonAsync(response)).GetProperty("offerId").GetString()!;
        var package = await Clinic.SellAsync(offer);
        await Clinic.PostPaymentAsync("payment-applied", "first-half", package, 20_000);

        var first = await Clinic.RedeemAsync(package, "appt-1");
        var second = await Clinic.RedeemAsync(package, "appt-2");
        var third = await Clinic.RedeemAsync(package, "appt-3");
        await Clinic.PostPaymentAsync("payment-applied", "second-half", package, 20_000);
        var afterPaying = await Clinic.RedeemAsync(package, "appt-3");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("installment-not-covered", await ClinicScenario.ProblemCodeAsync(third));
        Assert.Equal(HttpStatusCode.Created, afterPaying.StatusCode);
    }

    [Fact]
    public async Task Revising_an_offer_never_changes_packages_already_sold_and_an_archived_offer_cannot_be_sold()
    {
        var offer = await Clinic.CreateOfferAsync(5, 45_000);
        var package = await Clinic.SellAsync(offer);

        var revised = await Clinic.PutAsync($"offers/{offer}", new
        {
            name = "5 sessions (new price)", price = new { amountMinor = 50_000, currency = "CAD" }, sessions = 5,
            eligibleServiceTypes = new[] { "massage" },
        });
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var stored = await Host.JsonAsync(await Clinic.GetAsync($"offers/{offer}"));
        Assert.Equal(50_000, stored.GetProperty("terms").GetProperty("price").GetProperty("amountMinor").GetInt64());
        Assert.Equal(["massage"], stored.GetProperty("terms").GetProperty("eligibleServiceTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(45_000, (await Clinic.GetPackageAsync(package)).GetProperty("terms").GetProperty("price").GetProperty("amountMinor").GetInt64());

        Assert.Equal(HttpStatusCode.OK, (await Clinic.PostAsync($"offers/{offer}/archive", new { })).StatusCode);
        var sale = await Host.PostAsync($"/api/clinics/{Clinic.ClinicId}/packages", new { offerId = offer, clientId = "client-9" });
        Assert.Equal("offer-archived", await ClinicScenario.ProblemCodeAsync(sale));
    }

    [Fact]
    public async Task Offers_are_listed_a_page_at_a_time_with_continuation_tokens()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Clinic.CreateOfferAsync(i, 10_000);
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var url = "offers?pageSize=2" + (token is null ? "" : $"&continuationToken={token}");
            var page = await Host.JsonAsync(await Clinic.GetAsync(url));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("offerId").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(5, seen.Distinct().Count());
        Assert.True(pages >= 3);
        Assert.Equal("validation-failed", await ClinicScenario.ProblemCodeAsync(await Clinic.GetAsync("offers?continuationToken=bm9wZQ")));
    }

    [Fact]
    public async Task Naming_only_the_client_redeems_from_the_package_expiring_first()
    {
        var longOffer = await Clinic.CreateOfferAsync(5, 45_000, defaultExpiry: new { count = 6, unit = "months" });
        var shortOffer = await Clinic.CreateOfferAsync(5, 45_000, defaultExpiry: new { count = 30, unit = "days" });
        var neverOffer = await Clinic.CreateOfferAsync(5, 45_000);
        await Clinic.SellPaidAsync(neverOffer, 45_000, "client-7");
        await Clinic.SellPaidAsync(longOffer, 45_000, "client-7");
        var soonest = await Clinic.SellPaidAsync(shortOffer, 45_000, "client-7");

        var response = await Clinic.PostAsync("clients/client-7/redemptions", new { appointmentId = "appt-1", serviceType = "massage" });
        var again = await Clinic.PostAsync("clients/client-7/redemptions", new { appointmentId = "appt-1", serviceType = "massage" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(soonest, (await Host.JsonAsync(response)).GetProperty("packageId").GetString());
        Assert.Equal(soonest, (await Host.JsonAsync(again)).GetProperty("packageId").GetString());
        Assert.Equal(4, (await Clinic.GetPackageAsync(soonest)).GetProperty("sessionsRemaining").GetInt32());
        var listed = await Host.JsonAsync(await Clinic.GetAsync("clients/client-7/packages"));
        Assert.Equal(3, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_receipt_shows_the_session_value_and_the_sessions_left_and_a_reversal_follows_the_policy()
    {
        var offer = await Clinic.CreateOfferAsync(3, 10_000, lateCancelPolicy: "forfeit");
        var package = await Clinic.SellPaidAsync(offer, 10_000);
        await Clinic.RedeemAsync(package, "appt-1");
        await Clinic.RedeemAsync(package, "appt-2");

        var receipt = await Host.JsonAsync(await Clinic.GetAsync($"packages/{package}/redemptions/appt-1"));
        var noShow = await Host.JsonAsync(await Clinic.PostAsync($"packages/{package}/redemptions/appt-2/reversal", new { reason = "noShow" }));
        var cancelled = await Host.JsonAsync(await Clinic.PostAsync($"packages/{package}/redemptions/appt-1/reversal", new { reason = "cancelled" }));

        Assert.Equal(3333, receipt.GetProperty("value").GetProperty("amountMinor").GetInt64());
        Assert.Equal(2, receipt.GetProperty("sessionsRemaining").GetInt32());
        Assert.Equal("forfeited", noShow.GetProperty("outcome").GetString());
        Assert.Equal("returned", cancelled.GetProperty("outcome").GetString());
        Assert.Equal(2, cancelled.GetProperty("sessionsRemaining").GetInt32());
    }

    [Fact]
    public async Task Staff_change_or_clear_one_package_expiry_with_a_reason()
    {
        var offer = await Clinic.CreateOfferAsync(5, 45_000, defaultExpiry: new { count = 30, unit = "days" });
        var package = await Clinic.SellPaidAsync(offer, 45_000);

        var noReason = await Clinic.PutAsync($"packages/{package}/expiry", new { expiresOn = "2027-03-31" });
        var changed = await Host.JsonAsync(await Clinic.PutAsync($"packages/{package}/expiry", new { expiresOn = "2027-03-31", reason = "Injury" }));
        var cleared = await Host.JsonAsync(await Clinic.PutAsync($"packages/{package}/expiry", new { expiresOn = (string?)null, reason = "Goodwill" }));

        Assert.Equal("validation-failed", await ClinicScenario.ProblemCodeAsync(noReason));
        Assert.Equal(DateTimeOffset.Parse("2027-04-01T04:00:00Z"), changed.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("expiresOn").ValueKind);
        var history = await Host.JsonAsync(await Clinic.GetAsync($"packages/{package}/history"));
        Assert.Equal(2, history.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "expiryChanged"));
    }

    [Fact]
    public async Task A_sale_made_by_mistake_is_deleted_only_while_unpaid_and_a_paid_one_is_cancelled_instead()
    {
        var offer = await Clinic.CreateOfferAsync(5, 45_000);
        var unpaid = await Clinic.SellAsync(offer);
        var paid = await Clinic.SellPaidAsync(offer, 45_000);

        var deleted = await Host.Client.DeleteAsync($"/api/clinics/{Clinic.ClinicId}/packages/{unpaid}?reason=wrong%20client");
        var refused = await Host.Client.DeleteAsync($"/api/clinics/{Clinic.ClinicId}/packages/{paid}?reason=mistake");
        var cancelled = await Clinic.PostAsync($"packages/{paid}/cancel", new { reason = "Refunded" });

        Assert.Equal("deleted", (await Host.JsonAsync(deleted)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("package-has-payments", await ClinicScenario.ProblemCodeAsync(refused));
        Assert.Equal("cancelled", (await Host.JsonAsync(cancelled)).GetProperty("status").GetString());
        Assert.Equal(45_000, (await Clinic.GetPackageAsync(paid)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
    }

    [Fact]
    public async Task The_full_history_stays_readable_when_older_lines_are_archived_out_of_the_document()
    {
        var package = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(2, 20_000), 20_000);
        for (var i = 0; i < 30; i++)
        {
            await Clinic.RedeemAsync(package, $"appt-{i}");
            await Clinic.PostAsync($"packages/{package}/redemptions/appt-{i}/reversal", new { reason = "cancelled" });
        }

        var history = (await Host.JsonAsync(await Clinic.GetAsync($"packages/{package}/history"))).GetProperty("items");

        Assert.Equal(2 + 60, history.GetArrayLength());
        Assert.Equal("sold", history[0].GetProperty("kind").GetString());
        Assert.Equal("sessionReturned", history[history.GetArrayLength() - 1].GetProperty("kind").GetString());
    }
}
