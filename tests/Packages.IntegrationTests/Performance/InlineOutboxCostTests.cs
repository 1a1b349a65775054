using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalCosmos;

namespace Packages.IntegrationTests.Performance;

/// <summary>With inline dispatch (the default), a command that raises events pays one patch to acknowledge them.</summary>
[Collection(CosmosCollection.Name)]
public sealed class InlineOutboxCostTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private readonly CosmosRequestCounter _counter = new();
    private LocalHostDriver _host = null!;

    public async Task InitializeAsync() =>
        _host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<ICosmosClientConfigurer>(_counter));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Inline_dispatch_adds_exactly_one_patch_to_commands_that_raise_events()
    {
        var clinic = new ClinicScenario(_host);
        await clinic.RegisterAsync();
        var package = await clinic.SellPaidAsync(await clinic.CreateOfferAsync(10, 100_000), 100_000);

        _counter.Reset();
        await clinic.RedeemAsync(package, "appt-1");
        var redeem = _counter.Counts;
        _counter.Reset();
        await clinic.PostPaymentAsync("payment-applied", "extra", package, 1_000); // overpayment: no lock change, no event
        var quietPayment = _counter.Counts;

        Assert.Equal(new Dictionary<string, int> { ["read"] = 1, ["replace"] = 1, ["patch"] = 1 }, redeem);
        Assert.Equal(new Dictionary<string, int> { ["read"] = 1, ["replace"] = 1 }, quietPayment);
        TestReport.Write("requests per command (inline outbox): redeem 3 (read, replace, outbox patch); payment without lock change 2");
    }
}
