using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>
/// A monthly membership renewed 24 times on a fake clock over HTTP, payment messages and the renewal timer (docs/rules.md,
/// "Memberships"): enrolled 31 January 2027 in Toronto, so its periods cross four DST changes, every month end and the
/// 29 February of 2028. Each period is invoiced exactly once, usable only once paid, carries over what the plan allows,
/// and a period unpaid after the grace makes the membership past due until it is paid.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class MembershipRenewalTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private const int Renewals = 24;
    private const int SessionsPerPeriod = 4;
    private const int RolloverMax = 2;
    private const long Price = MembershipScenario.Price;
    private static readonly DateOnly Anchor = new(2027, 1, 31);
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Fact]
    public async Task A_monthly_membership_renews_24_times_across_DST_and_month_ends_each_period_invoiced_once_and_usable_only_once_paid()
    {
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.PutAsJsonAsync($"/api/clinics/{Clinic.ClinicId}", new { name = "Maple Physio", timeZone = "America/Toronto", membershipGraceDays = 5 })).StatusCode);
        // 4 sessions of 3000 a month, at most 3 of them massage; up to 2 unused sessions carried over; at least 3 months.
        var plan = await Members.CreatePlanAsync(
            rolloverMax: RolloverMax, minimumPeriods: 3, serviceTypes: ["massage", "acupuncture"], serviceTypeCaps: new[] { new { serviceType = "massage", maxSessions = 3 } });
        Host.Time.SetUtcNow(LocalTime(Anchor, 10));
        var membership = await Members.EnrolAsync(plan);

        var rolledIn = 0;
        for (var period = 1; period <= Renewals + 1; period++)
        {
            var startsOn = Anchor.AddMonths(period - 1);
            var endsOn = Anchor.AddMonths(period).AddDays(-1);
            if (period > 1)
            {
                Host.Time.SetUtcNow(LocalTime(startsOn, 9));
            }

            await RenewTwiceAsync(); // the second run finds nothing to do: a period is invoiced once

            var invoice = Assert.Single(RenewalsDue(membership), e => e.GetProperty("data").GetProperty("period").GetInt32() == period).GetProperty("data");
            Assert.Equal((startsOn, endsOn, Price, rolledIn, startsOn.AddDays(5)),
                (Date(invoice, "startsOn"), Date(invoice, "endsOn"), invoice.GetProperty("amount").GetProperty("amountMinor").GetInt64(),
                 invoice.GetProperty("rolledOverSessions").GetInt32(), Date(invoice, "dueOn")));
            Assert.Equal(period, RenewalsDue(membership).Count());
            var sessions = SessionsPerPeriod + rolledIn;

            // Unpaid: nothing can be used, whatever was carried over (the carried sessions are paid; the period is not).
            Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(await Members.RedeemAsync(membership, $"early-{period}")));

            if (period % 5 == 3)
            {
                // Paid late: six days later the grace (5 days after the first day) has ended.
                Host.Time.SetUtcNow(LocalTime(startsOn.AddDays(6), 9));
                await RenewTwiceAsync();
                Assert.Equal("pastDue", (await Members.GetAsync(membership)).GetProperty("status").GetString());
                Assert.Equal([period], Members.PeriodsOf(membership, "membership-past-due").Where(p => p == period));
                Assert.Equal("membership-past-due", await ClinicScenario.ProblemCodeAsync(await Members.RedeemAsync(membership, $"refused-{period}")));
            }

            await Members.PayAsync(membership, period, $"pay-{period}");
            var standing = await Members.GetAsync(membership);
            Assert.Equal(("active", period), (standing.GetProperty("status").GetString(), standing.GetProperty("periods").GetInt32()));
            Assert.Equal(period % 5 == 3 ? 1 : 0, Members.PeriodsOf(membership, "membership-reinstated").Count(p => p == period));

            var used = period % 4; // 0-3 sessions of this period, massage and acupuncture alternating
            for (var visit = 1; visit <= used; visit++)
            {
                var receipt = await Members.RedeemAsync(membership, $"p{period}-v{visit}", visit % 2 == 0 ? "acupuncture" : "massage");
                Assert.Equal(HttpStatusCode.Created, receipt.StatusCode);
                Assert.Equal(sessions - visit, (await Host.JsonAsync(receipt)).GetProperty("sessionsRemaining").GetInt32());
            }

            rolledIn = Math.Min(RolloverMax, sessions - used);
        }

        var schedule = (await Members.GetAsync(membership)).GetProperty("currentPeriod").GetProperty("membership");
        Assert.Equal(DateTimeOffset.Parse("2029-02-28T05:00:00Z"), schedule.GetProperty("renewsAt").GetDateTimeOffset()); // period 26 would start 28 February 2029 (no 29th), standard time
        Assert.Equal(Renewals + 1, RenewalsDue(membership).Select(e => e.GetProperty("data").GetProperty("period").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task The_first_renewals_fall_on_local_midnight_in_standard_and_daylight_time()
    {
        var plan = await Members.CreatePlanAsync();
        Host.Time.SetUtcNow(LocalTime(Anchor, 10));
        var membership = await Members.EnrolAsync(plan);

        var first = (await Members.GetAsync(membership)).GetProperty("renewsAt").GetDateTimeOffset();
        Host.Time.SetUtcNow(first.AddMinutes(-1));
        await RenewTwiceAsync();
        Assert.Single(RenewalsDue(membership));
        Host.Time.SetUtcNow(first);
        await RenewTwiceAsync();
        var second = (await Members.GetAsync(membership)).GetProperty("renewsAt").GetDateTimeOffset();

        Assert.Equal(DateTimeOffset.Parse("2027-02-28T05:00:00Z"), first);  // midnight starting 28 February, EST
        Assert.Equal(DateTimeOffset.Parse("2027-03-31T04:00:00Z"), second); // midnight starting 31 March, EDT
        Assert.Equal(2, RenewalsDue(membership).Count());
    }

    private async Task RenewTwiceAsync()
    {
        await Members.RenewAsync();
        await Members.RenewAsync();
    }

    private IEnumerable<JsonElement> RenewalsDue(string membership) => Members.Events(membership, "membership-renewal-due");

    private static DateOnly Date(JsonElement data, string field) => DateOnly.Parse(data.GetProperty(field).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The instant of <paramref name="hour"/>:00 on <paramref name="day"/> in Toronto.</summary>
    private static DateTimeOffset LocalTime(DateOnly day, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, Toronto.GetUtcOffset(local));
    }
}
