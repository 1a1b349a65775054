using System.Net;
using System.Text.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>
/// An unlimited plan (docs/rules.md "Memberships"): its price is recognized evenly over the period's days, month by month,
/// whatever the visits; a visit's receipt states one day's share of the price.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class MembershipUnlimitedTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task An_unlimited_month_is_recognized_by_its_days_in_each_month_and_visits_carry_a_days_value()
    {
        var plan = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Unlimited yoga", price = new { amountMinor = 31_000, currency = "CAD" }, eligibleServiceTypes = new[] { "yoga" },
            membership = new { period = "month", unlimited = true },
        }));
        Assert.Equal((1000, true), (plan.GetProperty("terms").GetProperty("sessions").GetInt32(), plan.GetProperty("membership").GetProperty("unlimited").GetBoolean()));
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-01-15T15:00:00Z")); // 15 January, 10:00 in Toronto: period 1 is 15 January - 14 February, 31 days
        var membership = await Members.EnrolAsync(plan.GetProperty("offerId").GetString()!);
        await Members.PayAsync(membership, 1, "pay-1", 31_000);

        var receipts = new List<JsonElement>();
        foreach (var visit in new[] { "v1", "v2", "v3" })
        {
            var response = await Members.RedeemAsync(membership, visit, "yoga");
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            receipts.Add(await Host.JsonAsync(response));
        }

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-02-01T14:00:00Z"));
        await Members.RenewAsync(); // 31 January has ended: 17 of the 31 days
        await Members.RenewAsync();
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-02-15T14:00:00Z"));
        await Members.RenewAsync(); // the period has ended: the other 14 days, then period 2 opens
        await Clinic.DispatchOutboxAsync();

        Assert.All(receipts, r => Assert.Equal(1_000, r.GetProperty("value").GetProperty("amountMinor").GetInt64())); // 31000 / 31 days
        var readBack = await Host.JsonAsync(await Clinic.GetAsync($"packages/{membership}.1/redemptions/v2"));
        Assert.Equal(1_000, readBack.GetProperty("value").GetProperty("amountMinor").GetInt64()); // the same value on every read
        Assert.Equal([17_000L, 14_000L], Members.Events(membership, "membership-revenue-recognized").Select(e => e.GetProperty("data").GetProperty("amount").GetProperty("amountMinor").GetInt64()));
        var january = await MonthAsync("2027-01");
        var february = await MonthAsync("2027-02");
        Assert.Equal((31_000L, 17_000L, 0L, 14_000L), (january.GetProperty("paidMinor").GetInt64(), january.GetProperty("recognizedMinor").GetInt64(),
            january.GetProperty("breakageMinor").GetInt64(), january.GetProperty("closingMinor").GetInt64()));
        Assert.Equal((14_000L, 0L, 0L), (february.GetProperty("recognizedMinor").GetInt64(), february.GetProperty("breakageMinor").GetInt64(), february.GetProperty("closingMinor").GetInt64()));
        Assert.Equal(2, (await Members.GetAsync(membership)).GetProperty("periods").GetInt32());
    }

    [Fact]
    public async Task An_unlimited_year_recognizes_each_month_in_its_month()
    {
        var plan = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Unlimited year", price = new { amountMinor = 36_500, currency = "CAD" }, sessions = 200, eligibleServiceTypes = new[] { "yoga" },
            membership = new { period = "year", unlimited = true },
        }));
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-01-01T15:00:00Z")); // 365 days from 1 January 2027: 100 a day
        var membership = await Members.EnrolAsync(plan.GetProperty("offerId").GetString()!);
        await Members.PayAsync(membership, 1, "pay-1", 36_500);

        foreach (var monthStart in new[] { "2027-02-01T06:00:00Z", "2027-03-01T06:00:00Z", "2027-04-01T06:00:00Z" })
        {
            Host.Time.SetUtcNow(DateTimeOffset.Parse(monthStart));
            await Members.RenewAsync();
        }

        Assert.Equal([3_100L, 2_800L, 3_100L], Members.Events(membership, "membership-revenue-recognized")
            .Select(e => e.GetProperty("data").GetProperty("amount").GetProperty("amountMinor").GetInt64()));
    }

    [Fact]
    public async Task An_unlimited_plan_carries_nothing_over_and_its_price_must_give_every_day_a_value()
    {
        var rollover = await Clinic.PostAsync("offers", new
        {
            name = "Unlimited", price = new { amountMinor = 31_000, currency = "CAD" }, eligibleServiceTypes = new[] { "yoga" },
            membership = new { period = "month", unlimited = true, rolloverMax = 1 },
        });
        var cheap = await Clinic.PostAsync("offers", new
        {
            name = "Unlimited", price = new { amountMinor = 365, currency = "CAD" }, sessions = 10, eligibleServiceTypes = new[] { "yoga" },
            membership = new { period = "year", unlimited = true },
        });

        var leastMonthly = await Clinic.PostAsync("offers", new
        {
            name = "Unlimited", price = new { amountMinor = 31, currency = "CAD" }, eligibleServiceTypes = new[] { "yoga" },
            membership = new { period = "month", unlimited = true },
        });

        Assert.Equal(HttpStatusCode.BadRequest, rollover.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cheap.StatusCode);
        Assert.Equal(HttpStatusCode.Created, leastMonthly.StatusCode); // one minor unit a day of the longest month, whatever the cap
    }

    private async Task<JsonElement> MonthAsync(string month)
    {
        var report = await Host.JsonAsync(await Clinic.GetAsync($"reports/liability?month={month}"));
        return Assert.Single(report.GetProperty("currencies").EnumerateArray());
    }
}
