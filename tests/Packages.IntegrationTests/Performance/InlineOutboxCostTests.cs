using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalCosmos;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.Performance;

/// <summary>
/// With inline dispatch (the default) a command publishes its events at once and costs only its own requests;
/// the DispatchOutbox timer acknowledges them: one query per clinic and one patch per package with events.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class InlineOutboxCostTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private readonly CosmosRequestCounter _counter = new();
    private LocalHostDriver _host = null!;

    public async Task InitializeAsync() =>
        _host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<ICosmosClientConfigurer>(_counter));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Inline_dispatch_adds_no_request_to_commands_and_the_timer_acknowledges_with_one_patch_per_package()
    {
        var clinic = new ClinicScenario(_host);
        await clinic.RegisterAsync();
        var package = await clinic.SellPaidAsync(await clinic.CreateOfferAsync(10, 100_000), 100_000);

        _counter.Reset();
        await clinic.RedeemAsync(package, "appt-1");
        var redeem = _counter.Counts;
        var events = _host.Services.GetRequiredService<RecordingEventPublisher>();
        var redeemedAtOnce = events.Published.Any(e => e.Field("packageId") == package && e.Field("type") == "session-redeemed");
        _counter.Reset();
        await clinic.PostPaymentAsync("payment-applied", "extra", package, 1_000); // overpayment: no lock change, owed back not in sessions
        var quietPayment = _counter.Counts;
        _counter.Reset();
        await clinic.DispatchOutboxAsync();
        var timer = _counter.Counts;
        var publishedOnce = events.Published.Count(e => e.Field("packageId") == package) == 5;

        Assert.Equal(new Dictionary<string, int> { ["read"] = 1, ["create"] = 1, ["replace"] = 1 }, redeem);
        Assert.True(redeemedAtOnce, "the redemption's event should be published right after its write");
        Assert.Equal(new Dictionary<string, int> { ["read"] = 1, ["replace"] = 1 }, quietPayment);
        // The relay writes the ledger: the first payment's and the redemption's entries (the overpayment moves no liability)
        // and reads the clinic's stored closings once.
        Assert.Equal(new Dictionary<string, int> { ["query"] = 1, ["create"] = 2, ["read"] = 1, ["patch"] = 1 }, timer);
        Assert.True(publishedOnce, "sold, paid, unlocked, redeemed, paid again, each once: the timer's re-sends are dropped as duplicates");
        Assert.Empty((await _host.Services.GetRequiredService<IPackageStore>().FindAsync(clinic.ClinicId, package, default))!.Value.Outbox);
        TestReport.Write("requests per command (inline outbox): redeem 3 (read, appointment claim, replace), published at once; payment without lock change 2; " +
            "the DispatchOutbox run after them 5 (the indexed query, 2 liability ledger entries, the clinic's stored closings, one acknowledging patch)");
    }
}
