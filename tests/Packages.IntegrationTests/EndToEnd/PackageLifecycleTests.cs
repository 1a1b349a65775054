using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Sell → pay → redeem → unapply → expire, through the local host's HTTP, message and timer entry points.</summary>
[Collection(CosmosCollection.Name)]
public sealed class PackageLifecycleTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos);
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_package_is_locked_until_paid_then_redeemable_until_its_sessions_run_out()
    {
        var offer = await _clinic.CreateOfferAsync(sessions: 3, priceMinor: 10_000);
        var package = await _clinic.SellAsync(offer);

        var unpaid = await _clinic.RedeemAsync(package, "appt-0");
        Assert.Equal(HttpStatusCode.Conflict, unpaid.StatusCode);
        Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(unpaid));

        var payment = await _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 10_000);
        Assert.Equal("completed", payment.GetProperty("settlement").GetString());

        var values = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            var redeemed = await _clinic.RedeemAsync(package, $"appt-{i}");
            Assert.Equal(HttpStatusCode.Created, redeemed.StatusCode);
            var receipt = await _host.JsonAsync(redeemed);
            Assert.Equal(3 - i, receipt.GetProperty("sessionsRemaining").GetInt32());
            values.Add(receipt.GetProperty("value").GetProperty("amountMinor").GetInt64());
        }

        Assert.Equal([3333L, 3333L, 3334L], values);
        var exhausted = await _clinic.RedeemAsync(package, "appt-4");
        Assert.Equal(HttpStatusCode.Conflict, exhausted.StatusCode);
        Assert.Equal("package-exhausted", await ClinicScenario.ProblemCodeAsync(exhausted));
    }

    [Fact]
    public async Task Unapplying_the_payment_locks_the_package_again()
    {
        var package = await _clinic.SellAsync(await _clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000));
        await _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 45_000);
        Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, "appt-1")).StatusCode);

        var unapplied = await _clinic.PostPaymentAsync("payment-unapplied", "pay-1", package, 45_000);

        Assert.Equal("completed", unapplied.GetProperty("settlement").GetString());
        var refused = await _clinic.RedeemAsync(package, "appt-2");
        Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(refused));
        var state = await _clinic.GetPackageAsync(package);
        Assert.False(state.GetProperty("redeemable").GetBoolean());
        Assert.Equal(45_000, state.GetProperty("amountDue").GetProperty("amountMinor").GetInt64());
        Assert.Equal(1, state.GetProperty("sessionsUsed").GetInt32());
    }

    [Fact]
    public async Task A_duplicated_payment_message_changes_nothing()
    {
        var package = await _clinic.SellAsync(await _clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000));
        await _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 20_000);
        var before = (await _clinic.GetPackageAsync(package)).GetRawText();

        var duplicate = await _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 20_000);

        Assert.Equal("completed", duplicate.GetProperty("settlement").GetString());
        Assert.Equal(before, (await _clinic.GetPackageAsync(package)).GetRawText());
    }

    [Fact]
    public async Task Past_its_last_local_day_a_package_is_refused_and_the_sweep_marks_it_expired()
    {
        var offer = await _clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000, defaultExpiry: new { count = 30, unit = "days" });
        var package = await _clinic.SellAsync(offer);
        await _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 45_000);
        var sold = await _clinic.GetPackageAsync(package);
        Assert.Equal("2026-12-26", sold.GetProperty("expiresOn").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-12-27T05:00:00Z"), sold.GetProperty("expiresAt").GetDateTimeOffset());

        _host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-27T04:59:59Z"));
        Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, "last-evening")).StatusCode);
        await _clinic.RunExpirySweepAsync();
        Assert.Equal("active", (await _clinic.GetPackageAsync(package)).GetProperty("status").GetString());

        _host.Time.SetUtcNow(DateTimeOffset.Parse("2026-12-27T05:00:00Z"));
        await _clinic.RunExpirySweepAsync();

        Assert.Equal("expired", (await _clinic.GetPackageAsync(package)).GetProperty("status").GetString());
        var refused = await _clinic.RedeemAsync(package, "too-late");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("package-expired", await ClinicScenario.ProblemCodeAsync(refused));
    }

    [Fact]
    public async Task Twenty_parallel_redemptions_of_a_five_session_package_give_exactly_five_sessions()
    {
        var package = await _clinic.SellAsync(await _clinic.CreateOfferAsync(sessions: 5, priceMinor: 50_000));
        await _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 50_000);

        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => _clinic.RedeemAsync(package, $"appt-{i}")));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(15, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var state = await _clinic.GetPackageAsync(package);
        Assert.Equal(0, state.GetProperty("sessionsRemaining").GetInt32());
        Assert.Equal(5, state.GetProperty("redemptions").GetArrayLength());
    }
}
