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
public sealed class FuzzTests(CosmosServerFixture cosmos, ITestOutputHelper output) : ClinicTest(cosmos)
{
    public const int Requests = 10_000;
    private const int Seed = 20261126;

    private string _package = null!;

    protected override async Task SeedAsync() => (_, _package) = await Clinic.SellPaidAndRedeemOnceAsync();

    [Fact]
    public async Task Ten_thousand_bad_requests_get_no_server_error_and_change_nothing()
    {
        var before = await SnapshotAsync();
        var generator = new BadRequestGenerator(new Random(Seed), Clinic.ClinicId, Host.TokenFor("fuzzer", "maple-physio:admin"));
        var routes = RouteCatalog.All.Where(r => !r.IsPublic).ToList();
        var requests = Enumerable.Range(0, Requests).Select(_ => generator.Next(routes)).ToList();
        var byStatus = new ConcurrentDictionary<int, int>();
        var byCategory = new ConcurrentDictionary<string, int>();
        var serverErrors = new ConcurrentBag<string>();
        using var client = Host.ClientWith(null);

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
        var readBack = await ReadEverythingBackAsync();
        TestReport.Write($"fuzz read-back: {readBack.Count} stored documents read back over HTTP, {readBack.Count(s => s >= 500)} answered 5xx");
        Assert.All(readBack, status => Assert.True(status < 500));
    }

    /// <summary>Every document stored in the clinic, read back through the API as a user would: none may be unreadable.</summary>
    private async Task<List<int>> ReadEverythingBackAsync()
    {
        var container = Host.Services.GetRequiredService<Packages.Infrastructure.Cosmos.PackagesContainer>();
        var query = new Microsoft.Azure.Cosmos.QueryDefinition("SELECT c.id, c.type, c.clientId FROM c WHERE c.clinicId = @clinic")
            .WithParameter("@clinic", Clinic.ClinicId);
        var statuses = new List<int>();
        await foreach (var document in container.QueryAsync<System.Text.Json.JsonElement>(query, Clinic.ClinicId, default))
        {
            var id = document.GetProperty("id").GetString()!;
            var paths = document.GetProperty("type").GetString() switch
            {
                "package" => new[] { $"packages/{id}", $"packages/{id}/history", $"clients/{document.GetProperty("clientId").GetString()}/packages" },
                "offer" => [$"offers/{id}", "offers?pageSize=200"],
                _ => [],
            };
            foreach (var path in paths)
            {
                statuses.Add((int)(await Clinic.GetAsync(path)).StatusCode);
            }
        }

        return statuses;
    }

    /// <summary>Everything stored for the clinic that a bad request could have touched.</summary>
    private async Task<string> SnapshotAsync()
    {
        var clinic = await Host.Services.GetRequiredService<IClinicStore>().FindAsync(Clinic.ClinicId, default);
        var offers = await (await Clinic.GetAsync("offers?pageSize=200")).Content.ReadAsStringAsync();
        var packages = await (await Clinic.GetAsync("clients/client-42/packages")).Content.ReadAsStringAsync();
        var history = await (await Clinic.GetAsync($"packages/{_package}/history")).Content.ReadAsStringAsync();
        var otherClinic = await Host.Services.GetRequiredService<IClinicStore>().FindAsync("other-clinic", default);
        return string.Join("\n", clinic, offers, packages, history, otherClinic);
    }
}
