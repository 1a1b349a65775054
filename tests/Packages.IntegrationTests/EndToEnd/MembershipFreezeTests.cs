using System.Net;
using System.Text.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Freezing a membership (docs/rules.md, "Memberships"): its current period's end and the next renewal move out by the frozen local days.</summary>
[Collection(CosmosCollection.Name)]
public sealed class MembershipFreezeTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task Fourteen_frozen_days_across_a_DST_change_push_the_period_end_and_the_renewal_by_fourteen_local_days()
    {
        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-03-01T15:00:00Z")); // 1 March 2027, 10:00 in Toronto (standard time)
        var membership = await EnrolPaidAsync(maxFreezeDaysPerYear: 20);

        var frozen = await Clinic.PostAsync($"packages/{membership}.1/freezes", new { from = "2027-03-10", until = "2027-03-23", reason = "Knee surgery" });
        Assert.Equal(HttpStatusCode.OK, frozen.StatusCode);
        var period = (await Host.JsonAsync(frozen)).GetProperty("membership");
        // 31 March + 14 days; the renewal is midnight starting 15 April, daylight time: the instant moved 14 × 24 h − 1 h.
        Assert.Equal(("2027-04-14", DateTimeOffset.Parse("2027-04-15T04:00:00Z")), (period.GetProperty("endsOn").GetString(), period.GetProperty("renewsAt").GetDateTimeOffset()));

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-03-15T16:00:00Z"));
        Assert.Equal("package-frozen", await ClinicScenario.ProblemCodeAsync(await Members.RedeemAsync(membership, "during-freeze")));

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-04-10T16:00:00Z")); // past the unfrozen end (31 March): still period 1
        await Members.RenewAsync();
        Assert.Equal(HttpStatusCode.Created, (await Members.RedeemAsync(membership, "after-freeze")).StatusCode);
        Assert.Single(Members.Events(membership, "membership-renewal-due"));

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2027-04-15T04:00:00Z"));
        await Members.RenewAsync();
        var second = Assert.Single(Members.Events(membership, "membership-renewal-due"), e => e.GetProperty("data").GetProperty("period").GetInt32() == 2).GetProperty("data");
        Assert.Equal(("2027-04-15", "2027-05-14"), (second.GetProperty("startsOn").GetString(), second.GetProperty("endsOn").GetString()));

        // The plan's 20 days a year count across periods: 14 used in period 1 leave 6 for 2027.
        var overLimit = await Clinic.PostAsync($"packages/{membership}.2/freezes", new { from = "2027-04-20", until = "2027-04-26", reason = "Travel" });
        Assert.Equal("freeze-limit-reached", await ClinicScenario.ProblemCodeAsync(overLimit));
        Assert.Equal("managed-by-membership", await ClinicScenario.ProblemCodeAsync(
            await Clinic.PostAsync($"packages/{membership}.1/freezes", new { from = "2027-04-20", until = "2027-04-21", reason = "Travel" })));
    }

    [Fact]
    public async Task Ending_a_membership_freeze_before_it_begins_gives_every_day_back()
    {
        var membership = await EnrolPaidAsync(maxFreezeDaysPerYear: 30); // enrolled 26 November 2026: period 1 ends 25 December
        await Clinic.PostAsync($"packages/{membership}.1/freezes", new { from = "2026-12-01", until = "2026-12-10", reason = "Travel" });

        var ended = await Host.JsonAsync(await Clinic.PostAsync($"packages/{membership}.1/freezes/2026-12-01/end", new { reason = "Trip cancelled" }));

        var period = ended.GetProperty("membership");
        Assert.Equal(("2026-12-25", DateTimeOffset.Parse("2026-12-26T05:00:00Z")), (period.GetProperty("endsOn").GetString(), period.GetProperty("renewsAt").GetDateTimeOffset()));
    }

    private async Task<string> EnrolPaidAsync(int maxFreezeDaysPerYear)
    {
        var membership = await Members.EnrolAsync(await Members.CreatePlanAsync(maxFreezeDaysPerYear: maxFreezeDaysPerYear));
        await Members.PayAsync(membership, 1, "pay-1");
        return membership;
    }
}
