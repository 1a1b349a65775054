using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Ports;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>A membership's cancel, resume, unpaid periods, crash-safe renewal and the package routes it refuses (docs/rules.md, "Memberships").</summary>
[Collection(CosmosCollection.Name)]
public sealed class MembershipLifecycleTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    // The host's clock starts Thursday 26 November 2026, 10:00 in Toronto: the enrolment day.
    private static readonly DateTimeOffset SecondPeriod = DateTimeOffset.Parse("2026-12-26T05:00:00Z");

    [Fact]
    public async Task A_cancel_waits_for_the_minimum_term_can_be_withdrawn_and_then_ends_the_membership_without_another_invoice()
    {
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync(minimumPeriods: 2));

        var cancelled = await Host.JsonAsync(await Clinic.PostAsync($"memberships/{membership}/cancellation", new { reason = "Moving away" }));
        Assert.Equal(("cancelling", 2, "2027-01-25"), (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("endsAfterPeriod").GetInt32(), cancelled.GetProperty("endsOn").GetString()));
        var resumed = await Host.JsonAsync(await Clinic.PostAsync($"memberships/{membership}/resumption", new { reason = "Staying after all" }));
        Assert.Equal("active", resumed.GetProperty("status").GetString());
        await Clinic.PostAsync($"memberships/{membership}/cancellation", new { reason = "Moving away" });

        await Members.PayAsync(membership, 1, "pay-1");
        Host.Time.SetUtcNow(SecondPeriod.AddHours(1));
        await Members.RenewAsync();
        await Members.PayAsync(membership, 2, "pay-2");
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-01-26T06:00:00Z")); // the day after period 2's last day
        await Members.RenewAsync();

        var ended = await Members.GetAsync(membership);
        Assert.Equal(("ended", 2), (ended.GetProperty("status").GetString(), ended.GetProperty("periods").GetInt32()));
        Assert.Equal([1, 2], Members.Events(membership, "membership-renewal-due").Select(e => e.GetProperty("data").GetProperty("period").GetInt32()));
        Assert.Equal("cancelled", Assert.Single(Members.Events(membership, "membership-ended")).GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal("membership-ended", await ProblemAsync(Clinic.PostAsync($"memberships/{membership}/resumption", new { reason = "Back" })));
        Assert.Equal("package-expired", await ProblemAsync(Members.RedeemAsync(membership, "after-end")));
    }

    [Fact]
    public async Task A_period_never_paid_carries_nothing_over_keeps_the_membership_past_due_and_a_late_payment_reinstates_it()
    {
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync(rolloverMax: 2));
        await Members.PayAsync(membership, 1, "pay-1");
        Assert.Equal(HttpStatusCode.Created, (await Members.RedeemAsync(membership, "visit-1")).StatusCode);

        Host.Time.SetUtcNow(SecondPeriod.AddHours(1));
        await Members.RenewAsync(); // period 2: two of the three unused sessions carried over
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-01-26T06:00:00Z")); // period 2 never paid: past due since 2 January; period 3 opens
        await Members.RenewAsync();
        await Members.RenewAsync();
        await Members.PayAsync(membership, 3, "pay-3");

        var periods = Members.Events(membership, "membership-renewal-due").Select(e => e.GetProperty("data")).ToList();
        Assert.Equal([0, 2, 0], periods.Select(p => p.GetProperty("rolledOverSessions").GetInt32()));
        Assert.Equal([2], Members.Events(membership, "membership-past-due").Select(e => e.GetProperty("data").GetProperty("period").GetInt32()));
        Assert.Equal("membership-past-due", await ProblemAsync(Members.RedeemAsync(membership, "visit-2")));

        await Members.PayAsync(membership, 2, "pay-2"); // paid after its period ended: the membership is usable again, period 2's sessions are not
        Assert.Equal("active", (await Members.GetAsync(membership)).GetProperty("status").GetString());
        var receipt = await Host.JsonAsync(await Members.RedeemAsync(membership, "visit-2"));
        Assert.Equal((3, 3), (receipt.GetProperty("sessionNumber").GetInt32() + 2, receipt.GetProperty("sessionsRemaining").GetInt32()));
        Assert.Equal("expired", (await Clinic.GetPackageAsync($"{membership}.2")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_renewal_cut_short_after_its_first_write_is_finished_by_the_transfer_timer_and_invoiced_once()
    {
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync());
        await Members.PayAsync(membership, 1, "pay-1");
        var store = Host.Services.GetRequiredService<IPackageStore>();
        Host.Time.SetUtcNow(SecondPeriod.AddHours(1));
        var ending = (await store.FindAsync(Clinic.ClinicId, $"{membership}.1", default))!;
        Assert.NotNull(ending.Value.Renew(Host.Time.GetUtcNow())); // the renewal's first write, then a crash
        Assert.NotNull(await store.TryReplaceAsync(ending.Value, ending.ETag, default));

        Host.Time.SetUtcNow(SecondPeriod.AddHours(2));
        await Members.RenewAsync(); // the ended period is no longer due: nothing to renew here
        await Clinic.RunTransferTimerAsync();
        await Clinic.RunTransferTimerAsync();

        var state = await Members.GetAsync(membership);
        Assert.Equal((2, "active"), (state.GetProperty("periods").GetInt32(), state.GetProperty("status").GetString()));
        Assert.Single(Members.Events(membership, "membership-renewal-due"), e => e.GetProperty("data").GetProperty("period").GetInt32() == 2);
    }

    [Fact]
    public async Task Package_routes_refuse_what_would_break_a_membership_and_offers_keep_their_kind()
    {
        var plan = await Members.CreatePlanAsync();
        var membership = await Members.EnrolAsync(plan);
        var period = $"{membership}.1";
        var packageOffer = await Clinic.CreateOfferAsync(5, 45_000);

        Assert.Equal("managed-by-membership", await ProblemAsync(Clinic.RedeemAsync(period, "a-1", clientId: "member-1")));
        Assert.Equal("managed-by-membership", await ProblemAsync(Clinic.PutAsync($"packages/{period}/expiry", new { expiresOn = "2027-06-30", reason = "Goodwill" })));
        Assert.Equal("managed-by-membership", await ProblemAsync(Clinic.PostAsync($"packages/{period}/transfer", new { toClientId = "friend", reason = "Gift" })));
        Assert.Equal("offer-is-membership", await ProblemAsync(Clinic.PostAsync("packages", new { offerId = plan, clientId = "client-1" })));
        Assert.Equal("offer-not-membership", await ProblemAsync(Clinic.PostAsync("memberships", new { offerId = packageOffer, clientId = "client-1" })));
        Assert.Equal("membership-not-found", await ProblemAsync(Clinic.GetAsync("memberships/no-such-membership")));
        var revised = await Clinic.PutAsync($"offers/{plan}", new
        {
            name = "Now a package", price = new { amountMinor = 12_000, currency = "CAD" }, sessions = 4, eligibleServiceTypes = new[] { "massage" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, revised.StatusCode);
        var bothNamed = await Host.JsonAsync(await Host.PostAsync("/local/servicebus/payments", new
        {
            type = "payment-applied", paymentId = "pay-x", clinicId = Clinic.ClinicId, packageId = period, membershipId = membership, period = 1,
            amount = new { amountMinor = 12_000, currency = "CAD" },
        }));
        Assert.Equal("deadLettered", bothNamed.GetProperty("settlement").GetString());
    }

    [Fact]
    public async Task A_patient_enrols_online_and_an_enrolment_left_unpaid_past_its_hold_ends_the_membership()
    {
        var plan = await Members.CreatePlanAsync(soldOnline: true);
        using var patient = Host.ClientWith(Host.TokenFor("u-pat", "maple-physio:patient:pat"));

        var paid = await EnrolOnlineAsync(patient, plan, "enrol-1");
        var lapsed = await EnrolOnlineAsync(patient, plan, "enrol-2");
        Assert.Equal(paid, (await EnrolOnlineAsync(patient, plan, "enrol-1"))); // the same Idempotency-Key: the same enrolment
        await Members.PayAsync(paid, 1, "pay-online");
        Host.Time.SetUtcNow(Host.Time.GetUtcNow().AddHours(25)); // past the 24-hour hold
        await Clinic.RunTimerAsync("CancelUnpaidPurchases");

        Assert.Equal(("active", "paid"), ((await Members.GetAsync(paid)).GetProperty("status").GetString(),
            (await Host.JsonAsync(await patient.GetAsync($"/api/clinics/maple-physio/online-purchases/{paid}.1"))).GetProperty("status").GetString()));
        Assert.Equal("ended", (await Members.GetAsync(lapsed)).GetProperty("status").GetString());
        Assert.Equal("closed", Assert.Single(Members.Events(lapsed, "membership-ended")).GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal(12_000, Assert.Single(PublishedEvents($"{paid}.1", "package-purchase-requested")).GetProperty("data").GetProperty("amount").GetProperty("amountMinor").GetInt64());
    }

    private async Task<string> EnrolOnlineAsync(HttpClient patient, string plan, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/clinics/maple-physio/online-purchases") { Content = System.Net.Http.Json.JsonContent.Create(new { offerId = plan }) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await patient.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await Host.JsonAsync(response)).GetProperty("packageId").GetString()!.Split('.')[0];
    }

    private static async Task<string> ProblemAsync(Task<HttpResponseMessage> response) => await ClinicScenario.ProblemCodeAsync(await response);
}
