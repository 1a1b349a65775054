using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Packages.Infrastructure.Cosmos;
using Packages.LocalCosmos;

namespace Packages.IntegrationTests.Reports;

/// <summary>
/// The liability roll-forward over HTTP through two months of a clinic in Toronto: payments, sessions, a refund, an expiry
/// the sweep books after the month was reported (the stored month is computed again), the drill-down, CSV, and refusals.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class LiabilityReportTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private readonly CosmosRequestCounter _counter = new();
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<ICosmosClientConfigurer>(_counter));
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private sealed record Row(long Opening, long Paid, long Recognized, long Breakage, long Refunded, long Closing);

    private async Task<(JsonElement Report, Row Cad)> ReportAsync(string month)
    {
        var response = await _clinic.GetAsync($"reports/liability?month={month}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await _host.JsonAsync(response);
        var cad = report.GetProperty("currencies").EnumerateArray().SingleOrDefault(r => r.GetProperty("currency").GetString() == "CAD");
        long Amount(string name) => cad.ValueKind == JsonValueKind.Object ? cad.GetProperty(name).GetInt64() : 0;
        return (report, new Row(Amount("openingMinor"), Amount("paidMinor"), Amount("recognizedMinor"), Amount("breakageMinor"), Amount("refundedMinor"), Amount("closingMinor")));
    }

    [Fact]
    public async Task Two_months_roll_forward_to_the_paid_unused_value_and_a_late_expiry_reopens_the_month_it_belongs_to()
    {
        // Thursday 26 November 2026, 10:00 in Toronto. A week's expiry: last day 3 December.
        var offer = await _clinic.CreateOfferAsync(10, 90_000, defaultExpiry: new { count = 1, unit = "weeks" });
        var anna = await _clinic.SellPaidAsync(offer, 90_000, "anna");
        await _clinic.RedeemAsync(anna, "a-1");
        await _clinic.RedeemAsync(anna, "a-2");
        var ben = await _clinic.SellPaidAsync(offer, 90_000, "ben");
        await _clinic.RedeemAsync(ben, "b-1");
        Assert.Equal(HttpStatusCode.OK, (await _clinic.PostAsync($"packages/{ben}/refund", new { reason = "Moving away" })).StatusCode);
        var cleo = await _clinic.SellPaidAsync(offer, 90_000, "cleo");
        Assert.Equal(HttpStatusCode.OK, (await _clinic.PutAsync($"packages/{cleo}/expiry", new { expiresOn = "2026-11-30", reason = "Promotion ends" })).StatusCode);
        await _clinic.SellAsync(offer, "dan"); // unpaid: owes nothing in sessions
        await _clinic.DispatchOutboxAsync();

        var (running, november) = await ReportAsync("2026-11");
        Assert.False(running.GetProperty("monthEnded").GetBoolean());
        Assert.Equal(new Row(0, 270_000, 27_000, 0, 81_000, 162_000), november);

        // 00:30 on 1 December: November has ended, the sweep has not run yet.
        _host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-01T05:30:00Z"));
        var (ended, beforeSweep) = await ReportAsync("2026-11");
        Assert.True(ended.GetProperty("monthEnded").GetBoolean());
        Assert.Equal(162_000, beforeSweep.Closing);
        _counter.Reset();
        Assert.Equal(162_000, (await ReportAsync("2026-11")).Cad.Closing);
        Assert.Equal(2, _counter.Total); // stored: the clinic and the closings, no entry read

        await _clinic.RunExpirySweepAsync(); // Cleo's last day was 30 November: her expiry counts in November
        await _clinic.DispatchOutboxAsync();
        Assert.Equal(new Row(0, 270_000, 27_000, 90_000, 81_000, 72_000), (await ReportAsync("2026-11")).Cad);
        _counter.Reset();
        Assert.Equal(new Row(72_000, 0, 0, 0, 0, 72_000), (await ReportAsync("2026-12")).Cad);
        Assert.Equal(3, _counter.Total); // the clinic, the closings (November's closing opens December), December's entries: one page

        var breakdown = await _host.JsonAsync(await _clinic.GetAsync("reports/liability/packages?month=2026-11"));
        var only = Assert.Single(breakdown.GetProperty("packages").EnumerateArray());
        Assert.Equal((anna, "anna", 72_000L), (only.GetProperty("packageId").GetString(), only.GetProperty("clientId").GetString(), only.GetProperty("balance").GetProperty("amountMinor").GetInt64()));
        Assert.Equal(72_000, Assert.Single(breakdown.GetProperty("totals").EnumerateArray()).GetProperty("amountMinor").GetInt64());

        // 5 December: Anna's package expired at the end of 3 December with 8 sessions unused.
        _host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-05T15:00:00Z"));
        await _clinic.RunExpirySweepAsync();
        await _clinic.DispatchOutboxAsync();
        Assert.Equal(new Row(72_000, 0, 0, 72_000, 0, 0), (await ReportAsync("2026-12")).Cad);
        Assert.Empty((await _host.JsonAsync(await _clinic.GetAsync("reports/liability/packages?month=2026-12"))).GetProperty("packages").EnumerateArray());
    }

    [Fact]
    public async Task The_report_and_its_drill_down_come_as_csv_on_request()
    {
        var offer = await _clinic.CreateOfferAsync(4, 10_000);
        var package = await _clinic.SellPaidAsync(offer, 10_000, "carter");
        await _clinic.RedeemAsync(package, "a-1");
        await _clinic.DispatchOutboxAsync();

        var report = await GetCsvAsync("reports/liability?month=2026-11");
        var breakdown = await GetCsvAsync("reports/liability/packages?month=2026-11");

        Assert.Equal(
            ["month,timeZone,monthEnded,currency,openingMinor,paidMinor,recognizedMinor,breakageMinor,refundedMinor,transferredMinor,importedMinor,adjustedMinor,closingMinor",
             "2026-11,America/Toronto,false,CAD,0,10000,2500,0,0,0,0,0,7500"], report);
        Assert.Equal(["month,packageId,clientId,currency,balanceMinor", $"2026-11,{package},carter,CAD,7500"], breakdown);
    }

    private async Task<string[]> GetCsvAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/clinics/{_clinic.ClinicId}/{path}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
        var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("text/csv", "utf-8"), (response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentType.CharSet));
        Assert.Contains("Accept", response.Headers.Vary);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\r\n", text);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Theory]
    [InlineData("", "month")]
    [InlineData("?month=2026-13", "month")]
    [InlineData("?month=2026-1", "month")]
    [InlineData("?month=+2026-11", "month")]
    [InlineData("?month=2027-01", "month")] // not started in Toronto
    [InlineData("?month=2026-11&month=2026-10", "month")]
    public async Task A_month_that_is_missing_malformed_or_not_started_is_refused(string query, string field)
    {
        foreach (var route in new[] { "reports/liability", "reports/liability/packages" })
        {
            var response = await _clinic.GetAsync(route + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Only_the_clinics_admins_read_its_liability()
    {
        var staff = _host.ClientWith(_host.TokenFor("staff-1", "maple-physio:staff"));
        var patient = _host.ClientWith(_host.TokenFor("anna", "maple-physio:patient:anna"));
        var otherAdmin = _host.ClientWith(_host.TokenFor("admin-9", "other-clinic:admin"));

        foreach (var route in new[] { "reports/liability?month=2026-11", "reports/liability/packages?month=2026-11" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/clinics/maple-physio/{route}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/api/clinics/maple-physio/{route}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await otherAdmin.GetAsync($"/api/clinics/maple-physio/{route}")).StatusCode);
            Assert.Equal("clinic-not-found", await ClinicScenario.ProblemCodeAsync(await otherAdmin.GetAsync($"/api/clinics/other-clinic/{route}")));
        }
    }
}
