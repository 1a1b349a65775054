using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Concurrency;

/// <summary>
/// A move of sessions touches two documents without a transaction. The app is stopped between its writes
/// (<see cref="CosmosCrashSwitch"/>); a retry or the transfer timer then finishes the move, and every session is
/// counted exactly once: none doubled, none lost, as shown by using every session of both packages.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class TransferCrashTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private const int Sessions = 7;
    private const int Moved = 3;
    private readonly CosmosCrashSwitch _crash = new();
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;
    private string _package = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos, b => b.Services.AddSingleton<ICosmosClientConfigurer>(_crash));
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
        _package = await _clinic.SellPaidAsync(await _clinic.CreateOfferAsync(Sessions, 1_000), 1_000, "anna");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Stopped_before_the_new_package_is_written_a_retry_finishes_the_move()
    {
        var replaced = false;
        _crash.CrashAt(r =>
        {
            replaced |= CosmosCrashSwitch.IsReplace(r);
            return replaced && CosmosStepGate.IsCreate(r);
        });

        var crashed = await MoveAsync();
        var pending = await _clinic.GetPackageAsync(_package);
        var transfer = Assert.Single(pending.GetProperty("transfersOut").EnumerateArray());
        var received = transfer.GetProperty("toPackageId").GetString()!;

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.False(transfer.GetProperty("completed").GetBoolean());
        Assert.Equal(Sessions - Moved, pending.GetProperty("sessionsRemaining").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _clinic.GetAsync($"packages/{received}")).StatusCode);

        var retried = await MoveAsync();

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(received, (await _host.JsonAsync(retried)).GetProperty("received").GetProperty("packageId").GetString());
        await AssertEverySessionCountedOnceAsync(received);
    }

    [Fact]
    public async Task Stopped_before_the_move_is_marked_complete_the_timer_finishes_it_without_a_second_package()
    {
        var replaces = 0;
        _crash.CrashAt(r => CosmosCrashSwitch.IsReplace(r) && ++replaces == 2);

        var crashed = await MoveAsync();
        var pending = await _clinic.GetPackageAsync(_package);
        var received = Assert.Single(pending.GetProperty("transfersOut").EnumerateArray()).GetProperty("toPackageId").GetString()!;

        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _clinic.GetAsync($"packages/{received}")).StatusCode);

        await _clinic.RunTransferTimerAsync();
        Assert.False(await IsCompletedAsync(), "the timer leaves a move younger than its grace to the request");
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        await _clinic.RunTransferTimerAsync();

        Assert.True(await IsCompletedAsync());
        var owned = await _host.JsonAsync(await _clinic.GetAsync("clients/ben/packages"));
        Assert.Equal(received, Assert.Single(owned.GetProperty("items").EnumerateArray()).GetProperty("packageId").GetString());
        await AssertEverySessionCountedOnceAsync(received);
    }

    private Task<HttpResponseMessage> MoveAsync() =>
        _host.PostAsync($"/api/clinics/maple-physio/packages/{_package}/session-transfers",
            new { toClientId = "ben", sessions = Moved, reason = "gift to a friend" }, "move-1");

    private async Task<bool> IsCompletedAsync() =>
        Assert.Single((await _clinic.GetPackageAsync(_package)).GetProperty("transfersOut").EnumerateArray()).GetProperty("completed").GetBoolean();

    /// <summary>Uses every session there is: the source gives exactly what it kept, the new package exactly what moved.</summary>
    private async Task AssertEverySessionCountedOnceAsync(string received)
    {
        Assert.True(await IsCompletedAsync());
        var values = new List<long>();
        foreach (var (package, client, expected) in new[] { (_package, "anna", Sessions - Moved), (received, "ben", Moved) })
        {
            for (var i = 0; i < expected; i++)
            {
                var receipt = await _clinic.RedeemAsync(package, $"{client}-{i}", clientId: client);
                Assert.Equal(HttpStatusCode.Created, receipt.StatusCode);
                values.Add((await _host.JsonAsync(receipt)).GetProperty("value").GetProperty("amountMinor").GetInt64());
            }

            Assert.Equal("package-exhausted", await ClinicScenario.ProblemCodeAsync(await _clinic.RedeemAsync(package, $"{client}-last", clientId: client)));
        }

        Assert.Equal(1_000, values.Sum());
    }
}
