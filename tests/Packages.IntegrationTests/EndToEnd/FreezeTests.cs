using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>A freeze over HTTP: the expiry sweep and the reminders see the pushed last day; use is refused while frozen.</summary>
[Collection(CosmosCollection.Name)]
public sealed class FreezeTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task The_sweep_and_the_reminders_follow_the_last_day_a_freeze_pushed_out()
    {
        // Thursday 26 November 2026 in Toronto; ten days: last day 6 December. Frozen 28 November - 11 December (14 days): last day 20 December.
        var offer = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Ten days", price = new { amountMinor = 50_000, currency = "CAD" }, sessions = 5, eligibleServiceTypes = new[] { "massage" },
            defaultExpiry = new { count = 10, unit = "days" }, maxFreezeDaysPerYear = 30, maxBeneficiaries = 1,
        }));
        var package = await Clinic.SellPaidAsync(offer.GetProperty("offerId").GetString()!, 50_000);
        await Clinic.PostAsync($"packages/{package}/beneficiaries", new { clientId = "kid", reason = "Family" });

        var frozen = await Clinic.PostAsync($"packages/{package}/freezes", new { from = "2026-11-28", until = "2026-12-11", reason = "Knee surgery" });
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        var body = await Host.JsonAsync(frozen);
        Assert.Equal(("2026-12-20", 14), (body.GetProperty("expiresOn").GetString(), body.GetProperty("freezes")[0].GetProperty("days").GetInt32()));
        using var kid = Host.ClientWith(Host.TokenFor("kid", "maple-physio:patient:kid"));
        var shared = await Host.JsonAsync(await kid.GetAsync("/api/clinics/maple-physio/clients/kid/packages"));
        Assert.Empty(shared.GetProperty("items")[0].GetProperty("freezes").EnumerateArray()); // a reason can be medical: not in the shared view

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-08T17:00:00Z")); // past the old last day, inside the freeze
        await Clinic.RunExpirySweepAsync();
        var duringFreeze = await Clinic.RedeemAsync(package, "appt-1");
        Assert.Equal("active", (await Clinic.GetPackageAsync(package)).GetProperty("status").GetString());
        Assert.Equal("package-frozen", await ClinicScenario.ProblemCodeAsync(duringFreeze));

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-14T17:00:00Z")); // 7 days before 20 December has begun
        await Clinic.RunRemindersAsync();
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "appt-2")).StatusCode);
        Assert.Equal(["2026-12-20"], PublishedEvents(package, "package-expiring-soon").Select(e => e.GetProperty("data").GetProperty("expiresOn").GetString()));

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-21T05:30:00Z")); // 00:30 on 21 December
        await Clinic.RunExpirySweepAsync();
        Assert.Equal("expired", (await Clinic.GetPackageAsync(package)).GetProperty("status").GetString());
        Assert.Single(PublishedEvents(package, "package-frozen"));
    }

    [Fact]
    public async Task A_freeze_is_refused_when_the_offer_allows_none_and_ended_early_over_http()
    {
        var offer = await Clinic.CreateOfferAsync(5, 50_000, defaultExpiry: new { count = 30, unit = "days" });
        var package = await Clinic.SellPaidAsync(offer, 50_000);

        var refused = await Clinic.PostAsync($"packages/{package}/freezes", new { from = "2026-12-01", until = "2026-12-02", reason = "Travel" });
        var badDay = await Clinic.PostAsync($"packages/{package}/freezes/2026-13-01/end", new { reason = "Back" });
        var missing = await Clinic.PostAsync($"packages/{package}/freezes", new { from = "2026-12-01", reason = "Travel" });
        var nullDay = await Clinic.PostAsync($"packages/{package}/freezes", new { from = (string?)null, until = "2026-12-02", reason = "Travel" });

        Assert.Equal("freeze-not-offered", await ClinicScenario.ProblemCodeAsync(refused));
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, nullDay.StatusCode);
        Assert.Equal("freeze-not-found", await ClinicScenario.ProblemCodeAsync(await Clinic.PostAsync($"packages/{package}/freezes/2026-12-01/end", new { reason = "Back" })));
    }
}
