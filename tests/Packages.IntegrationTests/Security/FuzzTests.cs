using System.Collections.Concurrent;
using System.Net;
using Packages.Application.Ports;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Packages.IntegrationTests.Security;

/// <summary>
/// 10,000 generated bad requests through the local host against the real Cosmos-API server:
/// none may answer 5xx and none may change what is stored. Seeded, so a failure reproduces.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class FuzzTests(CosmosServerFixture cosmos, ITestOutputHelper output) : IAsyncLifetime
{
    public const int Requests = 10_000;
    private const int Seed = 20261126;

    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;
    private string _package = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos);
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
        _package = await _clinic.SellPaidAsync(await _clinic.CreateOfferAsync(5, 45_000), 45_000, "client-42");
        await _clinic.RedeemAsync(_package, "appt-1");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Ten_thousand_bad_requests_get_no_server_error_and_change_nothing()
    {
        var before = await SnapshotAsync();
        var generator = new BadRequestGenerator(new Random(Seed), _clinic.ClinicId, _host.TokenFor("fuzzer", "maple-physio:admin"));
        var routes = RouteCatalog.All.Where(r => !r.IsPublic).ToList();
        var requests = Enumerable.Range(0, Requests).Select(_ => generator.Next(routes)).ToList();
        var byStatus = new ConcurrentDictionary<int, int>();
        var byCategory = new ConcurrentDictionary<string, int>();
        var serverErrors = new ConcurrentBag<string>();
        using var client = _host.ClientWith(null);

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            var (request, category) = item;
            var describe = $"{category}: {request.Method} {request.RequestUri}";
            using var response = await client.SendAsync(request, ct);
            byStatus.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            byCategory.AddOrUpdate(category, 1, (_, n) => n + 1);
            if ((int)response.StatusCode >= 500)
            {
                serverErrors.Add($"{describe} -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
        });

        var summary = $"fuzz: {Requests} bad requests, {serverErrors.Count} >= 500; by status "
            + string.Join(", ", byStatus.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"))
            + "; by category " + string.Join(", ", byCategory.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"));
        output.WriteLine(summary);
        TestReport.Write(summary);
        Assert.Empty(serverErrors.Take(5));
        Assert.Equal(before, await SnapshotAsync());
    }

    /// <summary>Everything stored for the clinic that a bad request could have touched.</summary>
    private async Task<string> SnapshotAsync()
    {
        var clinic = await _host.Services.GetRequiredService<IClinicStore>().FindAsync(_clinic.ClinicId, default);
        var offers = await (await _clinic.GetAsync("offers?pageSize=200")).Content.ReadAsStringAsync();
        var packages = await (await _clinic.GetAsync("clients/client-42/packages")).Content.ReadAsStringAsync();
        var history = await (await _clinic.GetAsync($"packages/{_package}/history")).Content.ReadAsStringAsync();
        var clinics = new List<string>();
        await foreach (var id in _host.Services.GetRequiredService<IClinicStore>().ListClinicIdsAsync(default))
        {
            clinics.Add(id);
        }

        return string.Join("\n", clinic, offers, packages, history, string.Join(',', clinics.Order()));
    }
}
