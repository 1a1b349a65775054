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
/// The timers cost what their work costs, not what the tenant count is: one run of each package timer (expiry sweep,
/// outbox relay, reminders, unfinished transfers, lapsed purchase holds), over the same 1,000 stored packages with the
/// same 100 due, 100 with a reminder due, 100 with events pending, 100 with a move of sessions left unfinished and 100
/// unpaid online purchases past their hold, spread over 10 clinics or over 1,000, send the same number of Cosmos
/// requests (±10%, counted in the client pipeline), and each leaves nothing of its work undone. So does the membership
/// renewal timer, over 100 unpaid memberships whose period ended (renewed, then both periods past their grace).
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class TimerCostTests(CosmosServerFixture cosmos)
{
    private const int Stored = 1_000;
    private const int Due = 100;
    private const int Pending = 100;
    private const int Reminded = 100;
    private const int Moving = 100;
    private const int Held = 100;
    private const int Renewing = 100;
    private static readonly DateTimeOffset Sale = LocalHostDriver.Start.AddDays(-60);

    [Fact]
    public async Task Sweep_and_relay_cost_the_same_for_10_clinics_as_for_1000()
    {
        var few = await CostAsync(clinics: 10);
        var many = await CostAsync(clinics: 1_000);

        Assert.True(Within10Percent(few.Sweep, many.Sweep), $"sweep: {few.Sweep} requests at 10 clinics, {many.Sweep} at 1,000");
        Assert.True(Within10Percent(few.Relay, many.Relay), $"relay: {few.Relay} requests at 10 clinics, {many.Relay} at 1,000");
        Assert.True(Within10Percent(few.Reminders, many.Reminders), $"reminders: {few.Reminders} requests at 10 clinics, {many.Reminders} at 1,000");
        Assert.True(Within10Percent(few.Transfers, many.Transfers), $"transfers: {few.Transfers} requests at 10 clinics, {many.Transfers} at 1,000");
        Assert.True(Within10Percent(few.Holds, many.Holds), $"holds: {few.Holds} requests at 10 clinics, {many.Holds} at 1,000");
        Assert.True(Within10Percent(few.Renewals, many.Renewals), $"renewals: {few.Renewals} requests at 10 clinics, {many.Renewals} at 1,000");
        Assert.Equal((0, 0, 0, 0, 0, 0, 0), few.Left);
        Assert.Equal((0, 0, 0, 0, 0, 0, 0), many.Left);
        TestReport.Write(string.Create(CultureInfo.InvariantCulture,
            $"timers: sweep 10 clinics {few.Sweep} req, 1000 clinics {many.Sweep} req; relay 10 clinics {few.Relay} req, 1000 clinics {many.Relay} req; " +
            $"reminders 10 clinics {few.Reminders} req, 1000 clinics {many.Reminders} req; transfers 10 clinics {few.Transfers} req, 1000 clinics {many.Transfers} req; " +
            $"holds 10 clinics {few.Holds} req, 1000 clinics {many.Holds} req; renewals 10 clinics {few.Renewals} req, 1000 clinics {many.Renewals} req " +
            $"({Stored} packages stored, {Due} due, {Pending} with events pending, {Reminded} with a reminder due, {Moving} moves unfinished, {Held} holds lapsed, {Renewing} memberships due)"));
    }

    /// <summary>Requests of one run of each timer, then what each still finds (0 when the runs did their work).</summary>
    private async Task<(int Sweep, int Relay, int Reminders, int Transfers, int Holds, int Renewals, (int, int, int, int, int, int, int) Left)> CostAsync(int clinics)
    {
        var counter = new CosmosRequestCounter();
        await using var host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<ICosmosClientConfigurer>(counter));
        await SeedAsync(host.Services.GetRequiredService<IPackageStore>(), clinics);

        async Task<int> RunAsync(string timer)
        {
            counter.Reset();
            await host.Client.PostAsync($"/local/timers/{timer}", null);
            return counter.Total;
        }

        // The relay runs last: the packages the other timers create or change raise events, which it then sends.
        var transfers = await RunAsync("CompleteTransfers");
        var holds = await RunAsync("CancelUnpaidPurchases");
        var renewals = await RunAsync("RenewMemberships");
        var sweep = await RunAsync("ExpirePackages");
        var reminders = await RunAsync("SendReminders");
        var relay = await RunAsync("DispatchOutbox");
        var store = host.Services.GetRequiredService<IPackageStore>();
        var now = LocalHostDriver.Start;
        var left = (await CountAsync(store.FindDueForExpiryAsync(now, default)), await CountAsync(store.FindWithEventsPendingSinceAsync(now, default)),
            await CountAsync(store.FindDueForRemindersAsync(now, default)), await CountAsync(store.FindWithTransfersPendingSinceAsync(now, default)),
            await CountAsync(store.FindWithLapsedHoldsAsync(now, default)), await CountAsync(store.FindDueForRenewalAsync(now, default)),
            await CountAsync(store.FindWithGraceEndedAsync(now, default)));
        return (sweep, relay, reminders, transfers, holds, renewals, left);
    }

    private static async Task<int> CountAsync(IAsyncEnumerable<Versioned<Package>> found)
    {
        var count = 0;
        await foreach (var _ in found)
        {
            count++;
        }

        return count;
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
            var package = i >= Stored - Pending - Held && i < Stored - Pending
                ? Package.BuyOnline($"pkg-{i:D5}", $"client-{i}", $"client-{i}", offer with { SoldOnline = true }, packageTerms, clinic, Sale)
                : Package.Sell($"pkg-{i:D5}", $"client-{i}", offer, packageTerms, clinic, Actor.System, Sale);
            if (i >= Due + Reminded && i < Due + Reminded + Moving)
            {
                // A move of sessions begun, whose new package a crash never wrote.
                package.ApplyPayment($"pay-{i}", packageTerms.Price, Sale);
                package.MoveSessions($"moved-{i:D5}", $"friend-{i}", 2, "gift", Actor.System, Sale);
            }

            if (i < Stored - Pending)
            {
                package.AcknowledgeEvents(package.Outbox.Select(e => e.EventId));
            }

            Assert.NotNull(await store.TryCreateAsync(package, ct));
        });
        var plan = new Offer("plan-1", "", terms, OfferStatus.Active, Sale, Sale) { Membership = MembershipPlan.Create(MembershipPeriodUnit.Month, 0, 1, 10).Value };
        await Parallel.ForEachAsync(Enumerable.Range(0, Renewing), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            // Enrolled 40 days ago, never paid: period 1 ended about ten days ago and its grace long before.
            var clinic = offers[i % clinics];
            var period = Package.Enrol($"membership-{i:D5}", $"member-{i}", plan with { ClinicId = clinic.Id }, clinic, Actor.System, LocalHostDriver.Start.AddDays(-40)).Value;
            period.AcknowledgeEvents(period.Outbox.Select(e => e.EventId));
            Assert.NotNull(await store.TryCreateAsync(period, ct));
        });
    }

    private static bool Within10Percent(int a, int b) => Math.Abs(a - b) <= 0.1 * Math.Max(a, b);
}
