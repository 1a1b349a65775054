using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Packages.Application.Liability;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Reports;

/// <summary>
/// The roll-forward against the real local Cosmos-API server, on random histories (docs/rules.md, "Liability roll-forward"):
/// every month's closing is what the clinic's packages owed in sessions at its end, and the same events delivered in any
/// order, any number of times, while reports are being computed and stored, give the same report.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class LiabilityRollForwardPropertyTests(CosmosServerFixture cosmos)
{
    private sealed record Ledger(ReportLiability Report, ListLiabilityPackages Breakdown, LiabilityProjection Projection);

    private async Task<Ledger> NewLedgerAsync(RandomLiabilityHistories histories)
    {
        var container = await cosmos.NewContainerAsync();
        var clinics = new CosmosClinicStore(container);
        foreach (var clinic in histories.Clinics)
        {
            await clinics.SaveAsync(clinic, default);
        }

        var ledger = new CosmosLiabilityLedger(container);
        var projection = new LiabilityProjection(ledger);
        var time = new FakeTimeProvider(RandomLiabilityHistories.Horizon.AddDays(14)); // every month reported has ended
        return new Ledger(new ReportLiability(clinics, ledger, time), new ListLiabilityPackages(clinics, ledger, time), projection);
    }

    private static async Task<Dictionary<(string Clinic, string Month), string>> ReportsAsync(Ledger ledger, RandomLiabilityHistories histories)
    {
        var reports = new Dictionary<(string, string), string>();
        foreach (var clinic in histories.Clinics)
        {
            foreach (var month in RandomLiabilityHistories.Months)
            {
                var report = (await ledger.Report.ExecuteAsync(clinic.Id, month, default)).Value;
                reports[(clinic.Id, month)] = string.Join("; ", report.Month.Rows);
            }
        }

        return reports;
    }

    [Fact]
    public async Task Every_months_closing_is_what_the_packages_owed_in_sessions_at_its_end()
    {
        var histories = new RandomLiabilityHistories(seed: 20261129, histories: 500);
        var ledger = await NewLedgerAsync(histories);
        foreach (var package in histories.Packages)
        {
            await ledger.Projection.RecordAsync(package, package.Outbox, default);
        }

        var checkedRows = 0;
        foreach (var clinic in histories.Clinics)
        {
            var previous = new Dictionary<string, long>();
            foreach (var month in RandomLiabilityHistories.Months)
            {
                var report = (await ledger.Report.ExecuteAsync(clinic.Id, month, default)).Value;
                Assert.True(report.MonthEnded);
                var breakdown = (await ledger.Breakdown.ExecuteAsync(clinic.Id, month, default)).Value;
                foreach (var package in histories.Packages.Where(p => p.ClinicId == clinic.Id))
                {
                    Assert.True(histories.OwedBy(package.Id, month) == (breakdown.Packages.SingleOrDefault(p => p.PackageId == package.Id)?.Balance.AmountMinor ?? 0),
                        $"{package.Id} at the end of {month}: owed {histories.OwedBy(package.Id, month)}, ledger {breakdown.Packages.SingleOrDefault(p => p.PackageId == package.Id)?.Balance.AmountMinor ?? 0}\n"
                        + string.Join("\n", package.Outbox.Select(e => $"{e.OccurredAt:o} {e.Type} {e.Data.Liability}")) + $"\nexpires {package.ExpiresAt:o} status {package.Status}");
                }

                foreach (var currency in new[] { "CAD", "EUR", "JPY" })
                {
                    var row = report.Month.Rows.SingleOrDefault(r => r.Currency == currency);
                    Assert.Equal(histories.OwedAt(clinic.Id, month, currency), row?.Closing ?? 0);
                    Assert.Equal(previous.GetValueOrDefault(currency), row?.Opening ?? 0);
                    Assert.True(row is null || row.Adjusted == 0, $"{clinic.Id} {month} {currency}: an unexpected change");
                    previous[currency] = row?.Closing ?? 0;
                    checkedRows++;
                }

                foreach (var row in report.Month.Rows)
                {
                    Assert.Equal(row.Closing, breakdown.Packages.Where(p => p.Balance.Currency == row.Currency).Sum(p => p.Balance.AmountMinor));
                }
            }
        }

        var packages = histories.Packages.Count;
        var movedIn = histories.Packages.Count(p => p.Source == PackageSource.Transferred);
        var events = histories.Packages.Sum(p => p.Outbox.Count);
        TestReport.Write($"liability roll-forward: {packages} package histories ({movedIn} made by moves, {events} events) over 3 clinics and zones, " +
            $"{checkedRows} month-currency closings equal what the packages owed at each month end");
        Assert.True(packages - movedIn >= 500);
    }

    [Fact]
    public async Task Events_delivered_out_of_order_repeated_and_raced_by_reports_give_the_same_report()
    {
        var histories = new RandomLiabilityHistories(seed: 7, histories: 120);
        var inOrder = await NewLedgerAsync(histories);
        foreach (var package in histories.Packages)
        {
            await inOrder.Projection.RecordAsync(package, package.Outbox, default);
        }

        var random = new Random(11);
        var deliveries = histories.Packages
            .SelectMany(p => p.Outbox.SelectMany(e => Enumerable.Repeat((Package: p, Event: e), random.Next(1, 4))))
            .OrderBy(_ => random.Next())
            .ToList();
        var shuffled = await NewLedgerAsync(histories);
        var half = deliveries.Count / 2;
        foreach (var (package, e) in deliveries.Take(half))
        {
            await shuffled.Projection.RecordAsync(package, [e], default);
        }

        await ReportsAsync(shuffled, histories); // stores closings that the rest of the deliveries make stale
        using var stop = new CancellationTokenSource();
        var reporting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await ReportsAsync(shuffled, histories);
            }
        });
        await Parallel.ForEachAsync(deliveries.Skip(half), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (delivery, ct) => await shuffled.Projection.RecordAsync(delivery.Package, [delivery.Event], ct));
        await stop.CancelAsync();
        await reporting;

        Assert.Equal(await ReportsAsync(inOrder, histories), await ReportsAsync(shuffled, histories));
        TestReport.Write($"liability ledger: {deliveries.Count} deliveries of {histories.Packages.Sum(p => p.Outbox.Count)} events, shuffled and repeated, " +
            "half of them while the months were being reported and stored, give the same report as in-order delivery");
    }
}
