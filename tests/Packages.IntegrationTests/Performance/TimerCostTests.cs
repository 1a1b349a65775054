using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalCosmos;

namespace Packages.IntegrationTests.Performance;

/// <summary>
/// The timers cost what their work costs, not what the tenant count is: one run of the expiry sweep and one of
/// the outbox relay and one of the reminders, over the same 1,000 stored packages with the same 100 due, 100 with a
/// reminder due and 100 with events pending, spread
/// over 10 clinics or over 1,000, send the same number of Cosmos requests (±10%, counted in the client pipeline).
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class TimerCostTests(CosmosServerFixture cosmos)
{
    private const int Stored = 1_000;
    private const int Due = 100;
    private const int Pending = 100;
    private const int Reminded = 100;
    private static readonly DateTimeOffset Sale = LocalHostDriver.Start.AddDays(-60);

    [Fact]
    public async Task Sweep_and_relay_cost_the_same_for_10_clinics_as_for_1000()
    {
        var few = await CostAsync(clinics: 10);
        var many = await CostAsync(clinics: 1_000);

        Assert.True(Within10Percent(few.Sweep, many.Sweep), $"sweep: {few.Sweep} requests at 10 clinics, {many.Sweep} at 1,000");
        Assert.True(Within10Percent(few.Relay, many.Relay), $"relay: {few.Relay} requests at 10 clinics, {many.Relay} at 1,000");
        Assert.True(Within10Percent(few.Reminders, many.Reminders), $"reminders: {few.Reminders} requests at 10 clinics, {many.Reminders} at 1,000");
        Assert.Equal((0, 0, 0), (few.StillDue, few.StillPending, few.StillToRemind));
        Assert.Equal((0, 0, 0), (many.StillDue, many.StillPending, many.StillToRemind));
        TestReport.Write(string.Create(CultureInfo.InvariantCulture,
            $"timers: sweep 10 clinics {few.Sweep} req, 1000 clinics {many.Sweep} req; relay 10 clinics {few.Relay} req, 1000 clinics {many.Relay} req; " +
            $"reminders 10 clinics {few.Reminders} req, 1000 clinics {many.Reminders} req " +
            $"({Stored} packages stored, {Due} due, {Pending} with events pending, {Reminded} with a reminder due)"));
    }

    /// <summary>Requests of one sweep, one relay and one reminder run, then what is still due, pending or to remind (0 when the runs did their work).</summary>
    private async Task<(int Sweep, int Relay, int Reminders, int StillDue, int StillPending, int StillToRemind)> CostAsync(int clinics)
    {
        var counter = new CosmosRequestCounter();
        await using var host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<ICosmosClientConfigurer>(counter));
        await SeedAsync(host.Services.GetRequiredService<IPackageStore>(), clinics);

        counter.Reset();
        await host.Client.PostAsync("/local/timers/ExpirePackages", null);
        var sweepRequests = counter.Total;
        counter.Reset();
        await host.Client.PostAsync("/local/timers/DispatchOutbox", null);
        var relayRequests = counter.Total;
        var store = host.Services.GetRequiredService<IPackageStore>();
        int stillDue = 0, stillPending = 0;
        await foreach (var _ in store.FindDueForExpiryAsync(LocalHostDriver.Start, default))
        {
            stillDue++;
        }

        await foreach (var _ in store.FindWithEventsPendingSinceAsync(LocalHostDriver.Start, default))
        {
            stillPending++;
        }

        counter.Reset();
        await host.Client.PostAsync("/local/timers/SendReminders", null);
        var reminderRequests = counter.Total;

        var stillToRemind = 0;
        await foreach (var _ in store.FindDueForRemindersAsync(LocalHostDriver.Start, default))
        {
            stillToRemind++;
        }

        return (sweepRequests, relayRequests, reminderRequests, stillDue, stillPending, stillToRemind);
    }

    /// <summary>The same packages whatever the clinic count: package i belongs to clinic i mod n.</summary>
    private static async Task SeedAsync(IPackageStore store, int clinics)
    {
        var offers = Enumerable.Range(0, clinics).Select(c => Clinic.Create($"clinic-{c}", $"Clinic {c}", "America/Toronto").Value).ToArray();
        var terms = PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.After(1, ExpiryUnit.Months).Value, false).Value;
        var never = PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var soon = PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.After(80, ExpiryUnit.Days).Value, false).Value;
        await Parallel.ForEachAsync(Enumerable.Range(0, Stored), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var clinic = offers[i % clinics];
            var packageTerms = i < Due ? terms : i < Due + Reminded ? soon : never; // soon: 20 days left, its 30-day reminder due
            var offer = new Offer("offer-1", clinic.Id, packageTerms, OfferStatus.Active, Sale, Sale);
            var package = Package.Sell($"pkg-{i:D5}", $"client-{i}", offer, packageTerms, clinic, Actor.System, Sale);
            if (i < Stored - Pending)
            {
                package.AcknowledgeEvents(package.Outbox.Select(e => e.EventId));
            }

            Assert.NotNull(await store.TryCreateAsync(package, ct));
        });
    }

    private static bool Within10Percent(int a, int b) => Math.Abs(a - b) <= 0.1 * Math.Max(a, b);
}
