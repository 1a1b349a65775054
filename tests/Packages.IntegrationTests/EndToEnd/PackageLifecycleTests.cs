using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Sell → pay → redeem → unapply → expire, through the local host's HTTP, message and timer entry points.</summary>
[Collection(CosmosCollection.Name)]
public sealed class PackageLifecycleTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task A_package_is_locked_until_paid_then_redeemable_until_its_sessions_run_out()
    {
        var offer = await Clinic.CreateOfferAsync(sessions: 3, priceMinor: 10_000);
        var package = await Clinic.SellAsync(offer);

        var unpaid = await Clinic.RedeemAsync(package, "appt-0");
        Assert.Equal(HttpStatusCode.Conflict, unpaid.StatusCode);
        Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(unpaid));

        var payment = await Clinic.PostPaymentAsync("payment-applied", "pay-1", package, 10_000);
        Assert.Equal("completed", payment.GetProperty("settlement").GetString());

        var values = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            var redeemed = await Clinic.RedeemAsync(package, $"appt-{i}");
            Assert.Equal(HttpStatusCode.Created, redeemed.StatusCode);
            var receipt = await Host.JsonAsync(redeemed);
            Assert.Equal(3 - i, receipt.GetProperty("sessionsRemaining").GetInt32());
            values.Add(receipt.GetProperty("value").GetProperty("amountMinor").GetInt64());
        }

        Assert.Equal([3333L, 3333L, 3334L], values);
        var exhausted = await Clinic.RedeemAsync(package, "appt-4");
        Assert.Equal(HttpStatusCode.Conflict, exhausted.StatusCode);
        Assert.Equal("package-exhausted", await ClinicScenario.ProblemCodeAsync(exhausted));
    }

    [Fact]
    public async Task Unapplying_the_payment_locks_the_package_again()
    {
        var package = await Clinic.SellAsync(await Clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000));
        await Clinic.PostPaymentAsync("payment-applied", "pay-1", package, 45_000);
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "appt-1")).StatusCode);

        var unapplied = await Clinic.PostPaymentAsync("payment-unapplied", "pay-1", package, 45_000);

        Assert.Equal("completed", unapplied.GetProperty("settlement").GetString());
        var refused = await Clinic.RedeemAsync(package, "appt-2");
        Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(refused));
        var state = await Clinic.GetPackageAsync(package);
        Assert.False(state.GetProperty("redeemable").GetBoolean());
        Assert.Equal(45_000, state.GetProperty("amountDue").GetProperty("amountMinor").GetInt64());
        Assert.Equal(1, state.GetProperty("sessionsUsed").GetInt32());
    }

    [Fact]
    public async Task A_duplicated_payment_message_changes_nothing()
    {
        var package = await Clinic.SellAsync(await Clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000));
        await Clinic.PostPaymentAsync("payment-applied", "pay-1", package, 20_000);
        var before = (await Clinic.GetPackageAsync(package)).GetRawText();

        var duplicate = await Clinic.PostPaymentAsync("payment-applied", "pay-1", package, 20_000);

        Assert.Equal("completed", duplicate.GetProperty("settlement").GetString());
        Assert.Equal(before, (await Clinic.GetPackageAsync(package)).GetRawText());
    }

    [Fact]
    public async Task Past_its_last_local_day_a_package_is_refused_and_the_sweep_marks_it_expired()
    {
        var offer = await Clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000, defaultExpiry: new { count = 30, unit = "days" });
        var package = await Clinic.SellAsync(offer);
        await Clinic.PostPaymentAsync("payment-applied", "pay-1", package, 45_000);
        var sold = await Clinic.GetPackageAsync(package);
        Assert.Equal("2026-12-26", sold.GetProperty("expiresOn").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-12-27T05:00:00Z"), sold.GetProperty("expiresAt").GetDateTimeOffset());

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-27T04:59:59Z"));
        Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, "last-evening")).StatusCode);
        await Clinic.RunExpirySweepAsync();
        Assert.Equal("active", (await Clinic.GetPackageAsync(package)).GetProperty("status").GetString());

        Host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-27T05:00:00Z"));
        await Clinic.RunExpirySweepAsync();

        Assert.Equal("expired", (await Clinic.GetPackageAsync(package)).GetProperty("status").GetString());
        var refused = await Clinic.RedeemAsync(package, "too-late");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("package-expired", await ClinicScenario.ProblemCodeAsync(refused));
    }

    [Fact]
    public async Task Twenty_parallel_redemptions_of_a_five_session_package_give_exactly_five_sessions()
    {
        var package = await Clinic.SellAsync(await Clinic.CreateOfferAsync(sessions: 5, priceMinor: 50_000));
        await Clinic.PostPaymentAsync("payment-applied", "pay-1", package, 50_000);

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Clinic.RedeemAsync(package, $"appt-{i}")));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(15, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var state = await Clinic.GetPackageAsync(package);
        Assert.Equal(0, state.GetProperty("sessionsRemaining").GetInt32());
        Assert.Equal(5, state.GetProperty("redemptions").GetArrayLength());
    }
}
