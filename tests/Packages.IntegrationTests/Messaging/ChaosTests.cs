using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Resilience;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Messaging;

/// <summary>
/// The whole app under fault injection: Polly chaos before 20% of Cosmos calls (429, 503, timeouts) and
/// 15% of writes applied with their response lost. Every command must end in success or a clean error
/// (never a 500), and no payment or session may count twice.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class ChaosTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private const int Packages = 5;
    private const int Sessions = 10;
    private const long Price = 100_000;

    private readonly LostResponseHandler _lostResponses = new(rate: 0.10, seed: 7);
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private LocalHostDriver _host = null!;

    public async Task InitializeAsync() =>
        _host = await LocalHostDriver.StartAsync(cosmos, builder =>
        {
            builder.Configuration["Cosmos:resilience:chaosInjectionRate"] = "0.2";
            builder.Services.AddSingleton<ICosmosClientConfigurer>(_lostResponses);
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_command_ends_cleanly_and_nothing_counts_twice()
    {
        var injectedBefore = CosmosResilience.ChaosFaultsInjected;
        await SendAsync(HttpMethod.Put, "/api/clinics/maple-physio", new { name = "Maple Physio", timeZone = "America/Toronto" });
        var offer = (await SendAsync(HttpMethod.Post, "/api/clinics/maple-physio/offers", new
        {
            name = "Ten", price = new { amountMinor = Price, currency = "CAD" }, sessions = Sessions, eligibleServiceTypes = new[] { "massage" },
        }, "offer-key")).GetProperty("offerId").GetString()!;
        var packages = new List<string>();
        var owners = new Dictionary<string, string>();
        for (var i = 0; i < Packages; i++)
        {
            packages.Add((await SendAsync(HttpMethod.Post, "/api/clinics/maple-physio/packages",
                new { offerId = offer, clientId = $"client-{i}" }, $"sale-{i}")).GetProperty("packageId").GetString()!);
            owners[packages[^1]] = $"client-{i}";
        }

        var settlements = new ConcurrentBag<string>();
        var redeemed = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(packages, new ParallelOptions { MaxDegreeOfParallelism = 5 }, async (package, _) =>
        {
            foreach (var payment in new[] { "a", "b", "a", "b" }) // each payment message delivered twice
            {
                var report = await SendAsync(HttpMethod.Post, "/local/servicebus/payments", new
                {
                    type = "payment-applied", paymentId = $"{package}-{payment}", clinicId = "maple-physio", packageId = package,
                    amount = new { amountMinor = Price / 2, currency = "CAD" },
                });
                settlements.Add(report.GetProperty("settlement").GetString()!);
            }

            for (var appointment = 1; appointment <= Sessions + 2; appointment++)
            {
                var status = await SendForStatusAsync(HttpMethod.Post, $"/api/clinics/maple-physio/packages/{package}/redemptions",
                    new { appointmentId = $"{package}-appt-{appointment}", clientId = owners[package], serviceType = "massage" });
                if (status == HttpStatusCode.Created)
                {
                    redeemed.AddOrUpdate(package, 1, (_, n) => n + 1);
                }
            }
        });

        foreach (var package in packages)
        {
            var state = await SendAsync(HttpMethod.Get, $"/api/clinics/maple-physio/packages/{package}", null);
            Assert.Equal(Price, state.GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
            Assert.Equal(Sessions, state.GetProperty("sessionsUsed").GetInt32());
            Assert.Equal(Sessions, redeemed[package]);
            var appointments = state.GetProperty("redemptions").EnumerateArray().Select(r => r.GetProperty("appointmentId").GetString()).ToList();
            Assert.Equal(appointments.Count, appointments.Distinct().Count());
        }

        Assert.All(settlements, s => Assert.Equal("completed", s));
        Assert.False(_statuses.ContainsKey(500), "a command ended in an unexpected 500");
        var injected = CosmosResilience.ChaosFaultsInjected - injectedBefore;
        // Roughly 170 Cosmos calls: about 34 chaos faults and 15 lost write responses are expected.
        Assert.True(injected > 10, $"only {injected} faults were injected");
        Assert.True(_lostResponses.Lost > 2, $"only {_lostResponses.Lost} responses were lost");
        TestReport.Write($"chaos: {_statuses.Values.Sum()} HTTP calls, {injected} Polly chaos faults (429/503/timeout), {_lostResponses.Lost} write responses lost; "
            + "statuses " + string.Join(", ", _statuses.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}"))
            + $"; {Packages} packages each paid exactly {Price} and {Sessions}/{Sessions} sessions once");
    }

    /// <summary>A client that retries 503 (as the problem's Retry-After invites), with the same request.</summary>
    private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, string? key = null)
    {
        var (status, json) = await SendWithRetriesAsync(method, path, body, key);
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"{method} {path} ended {(int)status}: {json}");
        return JsonDocument.Parse(json).RootElement;
    }

    private async Task<HttpStatusCode> SendForStatusAsync(HttpMethod method, string path, object? body) =>
        (await SendWithRetriesAsync(method, path, body, null)).Status;

    private async Task<(HttpStatusCode Status, string Json)> SendWithRetriesAsync(HttpMethod method, string path, object? body, string? key)
    {
        for (var attempt = 1; ; attempt++)
        {
            var request = new HttpRequestMessage(method, path) { Content = body is null ? null : System.Net.Http.Json.JsonContent.Create(body) };
            if (key is not null)
            {
                request.Headers.Add("Idempotency-Key", key);
            }

            using var response = await _host.Client.SendAsync(request);
            _statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 5)
            {
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
        }
    }
}
