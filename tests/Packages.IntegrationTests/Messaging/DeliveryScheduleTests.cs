using Packages.Application.Ports;
using Packages.Application.Liability;
using Microsoft.Extensions.Logging.Abstractions;
using Packages.Application.Packages;
using Packages.Application.Payments;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.Messaging;

/// <summary>
/// Property test against the real Cosmos-API server: 1,000 random delivery schedules of payment
/// messages (duplicated, reordered, unapply before apply) interleaved with redemptions end in the same
/// payment state as one in-order delivery, and every session is accounted for exactly once.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class DeliveryScheduleTests(CosmosServerFixture cosmos)
{
    private const int Schedules = 1_000;
    private const long Price = 40_000;
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T15:00:00Z");
    private static readonly Actor Staff = new("staff-1", "staff");

    private sealed record Step(string Kind, string Id);

    [Fact]
    public async Task Any_delivery_schedule_ends_in_the_same_state_as_in_order_delivery()
    {
        var container = await cosmos.NewContainerAsync();
        var store = CosmosServerFixture.PackageStore(container);
        var writer = new PackageWriter(store, new RecordingEventPublisher(), new LiabilityProjection(new CosmosLiabilityLedger(container)), OutboxOptions.Inline, new Packages.Application.Diagnostics.PackagesMetrics(), NullLogger<PackageWriter>.Instance);
        var updater = new PackageUpdater(store, writer, NullLogger<PackageUpdater>.Instance);
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var metrics = new Packages.Application.Diagnostics.PackagesMetrics();
        var payments = new RecordPayment(updater, time, metrics);
        var redemption = new AppointmentRedemption(store, new CosmosAppointmentClaims(container), writer, time, metrics, NullLogger<AppointmentRedemption>.Instance);
        var redeem = new RedeemSession(store, redemption);
        var steps = 0;

        await Parallel.ForEachAsync(Enumerable.Range(0, Schedules), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (seed, ct) =>
        {
            var random = new Random(seed);
            var paymentIds = Enumerable.Range(0, random.Next(1, 5)).Select(i => $"pay-{i}").ToList();
            var takenBack = paymentIds.Where(_ => random.Next(3) == 0).ToHashSet();
            var inOrder = paymentIds.Select(p => new Step("applied", p)).Concat(takenBack.Select(p => new Step("unapplied", p))).ToList();
            var scheduled = inOrder.SelectMany(s => Enumerable.Repeat(s, random.Next(1, 4)))
                .Concat(Enumerable.Range(0, random.Next(0, 5)).Select(i => new Step("redeem", $"appt-{i}")))
                .OrderBy(_ => random.Next()).ToList();

            var expected = await RunAsync(store, payments, redeem, $"s{seed}-ordered", inOrder, ct);
            var actual = await RunAsync(store, payments, redeem, $"s{seed}-shuffled", scheduled, ct);
            Interlocked.Add(ref steps, inOrder.Count + scheduled.Count);

            Assert.Equal(expected.Package.AmountPaid, actual.Package.AmountPaid);
            Assert.Equal(expected.Package.IsFullyPaid, actual.Package.IsFullyPaid);
            Assert.Equal(
                expected.Package.Payments.Select(p => (p.PaymentId, p.State)).Order(),
                actual.Package.Payments.Select(p => (p.PaymentId, p.State)).Order());
            Assert.Equal(actual.Redeemed, actual.Package.SessionsUsed);
            Assert.Equal(actual.Package.Redemptions.Count, actual.Package.Redemptions.Select(r => r.AppointmentId).Distinct().Count());
        });

        TestReport.Write($"delivery schedules: {Schedules} random schedules ({steps} messages and redemptions) against the Cosmos-API server, all equal to in-order delivery");
    }

    private static async Task<(Package Package, int Redeemed)> RunAsync(
        CosmosPackageStore store, RecordPayment payments, RedeemSession redeem, string packageId, IEnumerable<Step> steps, CancellationToken ct)
    {
        var terms = PackageTerms.Create("Four", new Money(Price, "CAD"), 4, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var clinic = Clinic.Create("maple-physio", "Maple", "America/Toronto").Value;
        var offer = new Offer("offer-1", clinic.Id, terms, OfferStatus.Active, Now, Now);
        await store.TryCreateAsync(Package.Sell(packageId, "client-1", offer, terms, clinic, Staff, Now), ct);
        var redeemed = new HashSet<string>();
        foreach (var step in steps)
        {
            if (step.Kind == "redeem")
            {
                // Appointment ids are unique in a clinic: each schedule's package has its own.
                var receipt = await redeem.ExecuteAsync(new RedeemSessionCommand(clinic.Id, packageId, $"{packageId}-{step.Id}", "client-1", "massage", Staff), ct);
                if (receipt.IsSuccess)
                {
                    redeemed.Add(step.Id);
                }

                continue;
            }

            var kind = step.Kind == "applied" ? PaymentKind.Applied : PaymentKind.Unapplied;
            var result = await payments.ExecuteAsync(new RecordPaymentCommand(kind, step.Id, clinic.Id, packageId, Price / 4, "CAD"), ct);
            Assert.True(result.IsSuccess, result.Error?.Detail);
        }

        return ((await store.FindAsync(clinic.Id, packageId, ct))!.Value, redeemed.Count);
    }
}
