using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Ports;
using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalCosmos;

namespace Packages.IntegrationTests.Performance;

/// <summary>
/// Cosmos requests per command, counted in the client pipeline, against the issue #8 targets. With
/// Outbox__dispatch=deferred a command costs exactly its own reads and writes; inline dispatch adds one
/// patch (the outbox acknowledgement) to commands that raise events.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class RequestCountTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private readonly CosmosRequestCounter _counter = new();
    private readonly InterferingHandler _interference = new();
    private readonly List<string> _report = [];
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos, builder =>
        {
            builder.Configuration["Outbox:dispatch"] = "deferred";
            builder.Services.AddSingleton<ICosmosClientConfigurer>(_counter);
            builder.Services.AddSingleton<ICosmosClientConfigurer>(_interference);
        });
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
    }

    public async Task DisposeAsync()
    {
        TestReport.Write("requests per command (deferred outbox): " + string.Join("; ", _report));
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Every_command_on_its_happy_path_costs_the_minimum_number_of_requests()
    {
        var offer = await _clinic.CreateOfferAsync(10, 100_000);
        var package = await Count("sell", 2, () => _clinic.SellAsync(offer));
        await Count("payment applied", 2, () => _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 100_000));
        await Count("payment duplicate", 1, () => _clinic.PostPaymentAsync("payment-applied", "pay-1", package, 100_000));
        await Count("redeem", 3, () => _clinic.RedeemAsync(package, "appt-1"));
        await Count("redeem retried", 1, () => _clinic.RedeemAsync(package, "appt-1"));
        await Count("redeem by client", 3, () => _clinic.PostAsync("clients/client-42/redemptions", new { appointmentId = "appt-2", serviceType = "massage" }));
        await Count("get", 1, () => _clinic.GetPackageAsync(package));
        await Count("list (one page)", 1, () => _clinic.GetAsync("clients/client-42/packages"));
        await Count("payment unapplied", 2, () => _clinic.PostPaymentAsync("payment-unapplied", "pay-1", package, 100_000));
    }

    [Fact]
    public async Task A_lost_race_costs_one_more_read_and_one_more_write()
    {
        var package = await _clinic.SellPaidAsync(await _clinic.CreateOfferAsync(10, 100_000), 100_000);
        var store = _host.Services.GetRequiredService<IPackageStore>();
        _interference.BeforeNextReplace(async () =>
        {
            // Another writer (its own client, not counted) changes the package between the command's read and write.
            var other = (await cosmos.NewContainerAsync()).Container.Database.Client
                .GetContainer(_host.Services.GetRequiredService<CosmosSettings>().DatabaseName, "packages");
            await other.PatchItemAsync<object>(package, new PartitionKey(_clinic.ClinicId),
                [PatchOperation.Set("/expiresOn", "2030-01-01"), PatchOperation.Set("/expiresAtUtc", "2030-01-02T05:00:00.0000000Z")]);
        });

        var response = await Count("redeem after a lost race", 5, () => _clinic.RedeemAsync(package, "appt-1"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new DateOnly(2030, 1, 1), (await store.FindAsync(_clinic.ClinicId, package, default))!.Value.ExpiresOn);
    }

    [Fact]
    public async Task The_expiry_sweep_costs_one_query_for_all_clinics_and_one_write_per_due_package()
    {
        var offer = await _clinic.CreateOfferAsync(5, 50_000, defaultExpiry: new { count = 1, unit = "days" });
        var longOffer = await _clinic.CreateOfferAsync(5, 50_000, defaultExpiry: new { count = 1, unit = "months" });
        for (var i = 0; i < 3; i++)
        {
            await _clinic.SellAsync(offer, $"due-{i}");
            await _clinic.SellAsync(longOffer, $"later-{i}");
        }

        _host.Time.Advance(TimeSpan.FromDays(3));
        await Count("expiry sweep (3 due of 6)", 1 + 3, () => _host.Client.PostAsync("/local/timers/ExpirePackages", null));
    }

    private async Task<T> Count<T>(string command, int expected, Func<Task<T>> action)
    {
        _counter.Reset();
        var result = await action();
        _report.Add($"{command} {_counter.Total} ({string.Join(", ", _counter.Counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))})");
        Assert.True(expected == _counter.Total, $"{command}: expected {expected} requests, counted {_counter.Total}: {string.Join(", ", _counter.Counts)}");
        return result;
    }
}
