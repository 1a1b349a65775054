using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Concurrency;

/// <summary>
/// One appointment is charged to one package, however its requests interleave. The interleavings that charged
/// two packages before appointment claims existed are replayed step by step with <see cref="CosmosStepGate"/>,
/// then many more are explored with seeded random delays.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class AppointmentRaceTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private readonly CosmosStepGate _gate = new();
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos, b => b.Services.AddSingleton<ICosmosClientConfigurer>(_gate));
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_nearer_package_paid_mid_request_does_not_charge_the_appointment_twice()
    {
        var (paid, unpaidSooner, _) = await PackagesOfAsync("client-1");
        var heldAfterQuery = _gate.HoldNext(CosmosStepGate.IsQuery);
        var first = RedeemForClientAsync("client-1", "appt-x");
        await heldAfterQuery.WaitAsync(TimeSpan.FromSeconds(20)); // the first request has chosen the paid package and stopped before its claim
        await _clinic.PostPaymentAsync("payment-applied", "pay-sooner", unpaidSooner, 45_000);

        var second = await RedeemForClientAsync("client-1", "appt-x");
        _gate.Release();
        var firstAnswer = await first.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal((HttpStatusCode.Created, unpaidSooner), second);
        Assert.Equal((HttpStatusCode.Created, unpaidSooner), firstAnswer);
        Assert.Equal(0, await SessionsUsedAsync(paid));
        Assert.Equal(1, await SessionsUsedAsync(unpaidSooner));
    }

    [Fact]
    public async Task A_request_whose_claim_was_moved_meanwhile_cannot_charge_its_old_package()
    {
        var (paid, _, paidSooner) = await PackagesOfAsync("client-2");
        var heldAfterClaim = _gate.HoldNext(CosmosStepGate.IsCreate);
        var byClient = RedeemForClientAsync("client-2", "appt-y");
        await heldAfterClaim.WaitAsync(TimeSpan.FromSeconds(20)); // claimed the sooner package, not yet written

        // Staff name another package for the same appointment: the unfulfilled claim is released (fenced) and moved.
        var named = await RedeemNamedAsync(paid, "appt-y");
        _gate.Release();
        var byClientAnswer = await byClient.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal((HttpStatusCode.Created, paid), named);
        Assert.Equal((HttpStatusCode.Created, paid), byClientAnswer);
        Assert.Equal(1, await SessionsUsedAsync(paid));
        Assert.Equal(0, await SessionsUsedAsync(paidSooner));
    }

    [Fact]
    public async Task Racing_redemptions_of_one_appointment_never_charge_two_packages()
    {
        const int Trials = 30;
        int created = 0, refused = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            _gate.Jitter(seed: trial);
            var client = $"race-{trial}";
            var appointment = $"appt-{trial}";
            var (paid, unpaidSooner, paidSooner) = await PackagesOfAsync(client);
            var answers = await Task.WhenAll(
                RedeemForClientAsync(client, appointment),
                RedeemForClientAsync(client, appointment),
                RedeemForClientAsync(client, appointment),
                RedeemNamedAsync(paid, appointment),
                RedeemNamedAsync(unpaidSooner, appointment),
                PayAsync(unpaidSooner, trial));
            _gate.StopJitter();

            var holding = new List<string>();
            foreach (var package in new[] { paid, unpaidSooner, paidSooner })
            {
                var state = await _clinic.GetPackageAsync(package);
                if (state.GetProperty("redemptions").EnumerateArray().Any(r => r.GetProperty("appointmentId").GetString() == appointment))
                {
                    holding.Add(package);
                }
            }

            Assert.True(holding.Count <= 1, $"trial {trial}: appointment charged to {holding.Count} packages");
            foreach (var (status, package) in answers.Where(a => a.Status == HttpStatusCode.Created))
            {
                Assert.Equal(holding.Single(), package);
                created++;
            }

            refused += answers.Count(a => a.Status == HttpStatusCode.Conflict);
        }

        TestReport.Write($"appointment races: {Trials} trials × 5 concurrent redemptions of one appointment + a payment, seeded delays; " +
                         $"{created} receipts, {refused} refusals (409), 0 appointments charged twice");
    }

    /// <summary>A paid package that never expires, an unpaid one expiring in 30 days, a paid one expiring in 60.</summary>
    private async Task<(string Paid, string UnpaidSooner, string PaidSooner)> PackagesOfAsync(string client)
    {
        var never = await _clinic.CreateOfferAsync(5, 45_000);
        var thirty = await _clinic.CreateOfferAsync(5, 45_000, defaultExpiry: new { count = 30, unit = "days" });
        var sixty = await _clinic.CreateOfferAsync(5, 45_000, defaultExpiry: new { count = 60, unit = "days" });
        return (await _clinic.SellPaidAsync(never, 45_000, client), await _clinic.SellAsync(thirty, client), await _clinic.SellPaidAsync(sixty, 45_000, client));
    }

    private async Task<(HttpStatusCode Status, string? PackageId)> RedeemForClientAsync(string client, string appointment) =>
        await AnswerAsync(await _clinic.PostAsync($"clients/{client}/redemptions", new { appointmentId = appointment, serviceType = "massage" }));

    private async Task<(HttpStatusCode Status, string? PackageId)> RedeemNamedAsync(string package, string appointment) =>
        await AnswerAsync(await _clinic.RedeemAsync(package, appointment));

    private async Task<(HttpStatusCode Status, string? PackageId)> PayAsync(string package, int trial)
    {
        await _clinic.PostPaymentAsync("payment-applied", $"pay-{trial}", package, 45_000);
        return (HttpStatusCode.OK, null);
    }

    private static async Task<(HttpStatusCode Status, string? PackageId)> AnswerAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.TryGetProperty("packageId", out var id) ? id.GetString() : null);
    }

    private async Task<int> SessionsUsedAsync(string package) => (await _clinic.GetPackageAsync(package)).GetProperty("sessionsUsed").GetInt32();
}
