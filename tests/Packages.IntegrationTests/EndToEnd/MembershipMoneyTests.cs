using System.Net;
using System.Text.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>
/// A membership's money around a period's end (docs/rules.md "Memberships"): the rollover follows what was paid when the
/// period ended, whatever arrives before the renewal runs; the liability counts the period's end in its own month; a
/// period written off stops making the membership past due; a revised plan keeps what was revised.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class MembershipMoneyTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private static readonly DateTimeOffset NewYear = DateTimeOffset.Parse("2027-01-01T15:00:00Z"); // 10:00 in Toronto
    private static readonly DateTimeOffset February = DateTimeOffset.Parse("2027-02-01T05:00:00Z"); // period 2 starts: local midnight

    [Theory]
    [InlineData("payment-applied")]   // an overpayment
    [InlineData("payment-unapplied")] // the period's own payment taken back
    public async Task A_payment_change_between_the_period_end_and_the_renewal_timer_renews_as_of_the_end(string change)
    {
        Host.Time.SetUtcNow(NewYear);
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync(rolloverMax: 2));
        await Members.PayAsync(membership, 1, "pay-1");
        Assert.Equal(HttpStatusCode.Created, (await Members.RedeemAsync(membership, "visit-1")).StatusCode);

        Host.Time.SetUtcNow(February.AddMinutes(1)); // the period is over; the renewal timer has not run
        await Clinic.PostPaymentAsync(change, change == "payment-applied" ? "tip-1" : "pay-1", $"{membership}.1", change == "payment-applied" ? 500 : MembershipScenario.Price);
        Host.Time.SetUtcNow(February.AddMinutes(5));
        await Members.RenewAsync();
        await Clinic.RunTransferTimerAsync(); // the payment's write began the renewal; the transfer timer finishes it

        // Fully paid when it ended: two of its three unused sessions carried over, whatever came after.
        var renewal = Assert.Single(Members.Events(membership, "membership-renewal-due"), e => e.GetProperty("data").GetProperty("period").GetInt32() == 2);
        Assert.Equal(2, renewal.GetProperty("data").GetProperty("rolledOverSessions").GetInt32());
        Assert.Equal("expired", (await Clinic.GetPackageAsync($"{membership}.1")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_refund_between_the_period_end_and_the_renewal_timer_refunds_nothing_that_was_carried_over()
    {
        Host.Time.SetUtcNow(NewYear);
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync(rolloverMax: 2));
        await Members.PayAsync(membership, 1, "pay-1");
        await Members.RedeemAsync(membership, "visit-1");

        Host.Time.SetUtcNow(February.AddMinutes(1));
        var quote = await Host.JsonAsync(await Clinic.GetAsync($"packages/{membership}.1/refund-quote"));
        var refund = await Host.JsonAsync(await Clinic.PostAsync($"packages/{membership}.1/refund", new { reason = "Leaving" }));
        await Clinic.RunTransferTimerAsync();
        Host.Time.SetUtcNow(February.AddMinutes(5));
        await Clinic.RunTransferTimerAsync();

        // 12000 paid − 3000 used − 6000 carried into period 2 (still the member's, in sessions): 3000 back in cash.
        Assert.Equal((3_000L, 3_000L), (quote.GetProperty("amount").GetProperty("amountMinor").GetInt64(), refund.GetProperty("refund").GetProperty("amount").GetProperty("amountMinor").GetInt64()));
        Assert.Equal(2, Assert.Single(Members.Events(membership, "membership-renewal-due"), e => e.GetProperty("data").GetProperty("period").GetInt32() == 2)
            .GetProperty("data").GetProperty("rolledOverSessions").GetInt32());
    }

    [Fact]
    public async Task An_unpaid_period_already_renewed_can_still_be_deleted_and_stops_being_owed()
    {
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync());
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-26T15:00:00Z")); // period 1 never paid; period 2 opens
        await Members.RenewAsync();
        await Members.PayAsync(membership, 2, "pay-2");

        Assert.Equal(HttpStatusCode.OK, (await Host.Client.DeleteAsync($"/api/clinics/{Clinic.ClinicId}/packages/{membership}.1?reason=Enrolled%20by%20mistake")).StatusCode);
        var state = await Members.GetAsync(membership);
        Assert.Equal(("active", 0), (state.GetProperty("status").GetString(), state.GetProperty("pastDuePeriods").GetArrayLength()));
    }

    [Fact]
    public async Task The_liability_of_a_period_ending_on_a_month_end_closes_that_month_with_the_carried_sessions_still_owed()
    {
        Host.Time.SetUtcNow(NewYear);
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync(rolloverMax: 2)); // 4 sessions of 3000
        await Members.PayAsync(membership, 1, "pay-1");
        await Members.RedeemAsync(membership, "visit-1");
        Host.Time.SetUtcNow(February.AddHours(4));
        await Members.RenewAsync();
        await Clinic.DispatchOutboxAsync();

        var january = await MonthAsync("2027-01");
        var february = await MonthAsync("2027-02");

        // Paid 12000, one session used (3000), one left to breakage (3000), two carried (6000) still owed at the month's end.
        Assert.Equal((12_000L, 3_000L, 3_000L, 0L, 6_000L),
            (january.GetProperty("paidMinor").GetInt64(), january.GetProperty("recognizedMinor").GetInt64(), january.GetProperty("breakageMinor").GetInt64(),
             january.GetProperty("transferredMinor").GetInt64(), january.GetProperty("closingMinor").GetInt64()));
        Assert.Equal((6_000L, 0L, 6_000L), (february.GetProperty("openingMinor").GetInt64(), february.GetProperty("transferredMinor").GetInt64(), february.GetProperty("closingMinor").GetInt64()));
    }

    [Fact]
    public async Task Cancelling_a_past_due_period_writes_its_debt_off_and_the_membership_is_usable_again()
    {
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync());
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-26T15:00:00Z")); // period 1 never paid; period 2 opens
        await Members.RenewAsync();
        await Members.RenewAsync();
        await Members.PayAsync(membership, 2, "pay-2");
        Assert.Equal("membership-past-due", await ClinicScenario.ProblemCodeAsync(await Members.RedeemAsync(membership, "visit-1")));

        Assert.Equal(HttpStatusCode.OK, (await Clinic.PostAsync($"packages/{membership}.1/cancel", new { reason = "Written off: hardship" })).StatusCode);

        Assert.Equal("active", (await Members.GetAsync(membership)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Created, (await Members.RedeemAsync(membership, "visit-1")).StatusCode);
    }

    [Fact]
    public async Task Revising_a_plan_keeps_its_new_membership_terms_and_online_sale()
    {
        var plan = await Members.CreatePlanAsync(rolloverMax: 1);

        var revised = await Clinic.PutAsync($"offers/{plan}", new
        {
            name = "Weekly care", price = new { amountMinor = 4_000, currency = "CAD" }, sessions = 2, eligibleServiceTypes = new[] { "massage" },
            membership = new { period = "week", rolloverMax = 2, minimumPeriods = 4 }, soldOnline = true,
        });
        var stored = await Host.JsonAsync(await Clinic.GetAsync($"offers/{plan}"));

        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal(("week", 2, 4, true), (stored.GetProperty("membership").GetProperty("period").GetString(),
            stored.GetProperty("membership").GetProperty("rolloverMax").GetInt32(), stored.GetProperty("membership").GetProperty("minimumPeriods").GetInt32(),
            stored.GetProperty("soldOnline").GetBoolean()));
        var period = (await Host.JsonAsync(await Clinic.PostAsync("memberships", new { offerId = plan, clientId = "member-2" }))).GetProperty("membership");
        Assert.Equal(("2026-11-26", "2026-12-02"), (period.GetProperty("startsOn").GetString(), period.GetProperty("endsOn").GetString()));
    }

    private async Task<JsonElement> MonthAsync(string month)
    {
        var report = await Host.JsonAsync(await Clinic.GetAsync($"reports/liability?month={month}"));
        return Assert.Single(report.GetProperty("currencies").EnumerateArray());
    }
}
