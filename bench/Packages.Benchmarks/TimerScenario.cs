using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Expiry;
using Packages.Application.Outbox;
using Packages.Application.Ports;
using Packages.Application.Reminders;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Benchmarks;

/// <summary>
/// One run of each timer (expiry sweep, reminders, outbox relay) with the same 100 due for each, as stored packages
/// grow tenfold (10,000 → 100,000 over 10 clinics) and then as the same work is spread over 1,000 clinics (another
/// 100,000 stored). The request count is the measure: it should follow the work only. Seeding takes a few minutes
/// on the local server; `dotnet run -c Release --project bench/Packages.Benchmarks -- --timers` runs this alone.
/// </summary>
public static class TimerScenario
{
    private const int Due = 100;

    public static async Task<IEnumerable<string>> RunAsync(BenchHost bench)
    {
        var services = bench.App.Services;
        var store = services.GetRequiredService<IPackageStore>();
        var rows = new List<string>
        {
            $"## Timers: requests of one run with {Due} due for each, as stored packages and clinics grow",
            "| stored packages | clinics | sweep: expired, requests, ms | reminders: sent, requests, ms | relay: packages, requests, ms |",
            "|---|---|---|---|---|",
        };
        var stored = 0;
        foreach (var (target, clinicCount) in new[] { (10_000, 10), (100_000, 10), (200_000, 1_000) })
        {
            var clinics = Enumerable.Range(0, clinicCount).Select(i => Clinic.Create($"timers-{clinicCount}-{i}", $"Clinic {i}", "America/Toronto").Value).ToArray();
            await CreateAsync(store, clinics, stored, target - (2 * Due), Kind.Idle);
            await CreateAsync(store, clinics, target - (2 * Due), target - Due, Kind.Due);
            await CreateAsync(store, clinics, target - Due, target, Kind.ReminderDue);
            stored = target;
            var sweep = await MeasureAsync(bench, () => services.GetRequiredService<ExpirePackages>().ExecuteAsync(CancellationToken.None), r => r.PackagesChanged);
            var reminders = await MeasureAsync(bench, () => services.GetRequiredService<SendReminders>().ExecuteAsync(CancellationToken.None), r => r.PackagesChanged);
            var relay = await MeasureAsync(bench, () => services.GetRequiredService<DispatchOutbox>().ExecuteAsync(CancellationToken.None), r => r.PackagesVisited);
            rows.Add(FormattableString.Invariant($"| {target:N0} | {clinicCount:N0} | {sweep} | {reminders} | {relay} |"));
        }

        rows.Add("");
        return rows;
    }

    private enum Kind
    {
        Idle,
        Due,
        ReminderDue,
    }

    private static async Task<string> MeasureAsync<T>(BenchHost bench, Func<Task<T>> run, Func<T, int> done)
    {
        bench.Counter.Reset();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = await run();
        var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return FormattableString.Invariant($"{done(report)}, {bench.Counter.Total} ({bench.Counter.Counts.GetValueOrDefault("query")} queries), {ms:F0}");
    }

    /// <summary>Packages numbered [from, to), spread over the clinics, events already acknowledged: due ones expired two days ago, reminder-due ones expire in 20 days.</summary>
    private static async Task CreateAsync(IPackageStore store, Clinic[] clinics, int from, int to, Kind kind)
    {
        var terms = PackageTerms.Create("Timers", new Money(10_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var actor = new Actor("bench", "admin");
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var clinic = clinics[i % clinics.Length];
            var now = DateTimeOffset.UtcNow;
            var offer = new Offer("timers-offer", clinic.Id, terms, OfferStatus.Active, now, now);
            var package = Package.Sell($"timers-{i}", $"c-{i % 5000}", offer, terms, clinic, actor, now);
            if (kind != Kind.Idle)
            {
                var lastDay = DateOnly.FromDateTime(now.UtcDateTime.AddDays(kind == Kind.Due ? -2 : 20));
                package.ChangeExpiry(lastDay, "bench", actor, now);
            }

            package.AcknowledgeEvents([.. package.Outbox.Select(e => e.EventId)]);
            await store.TryCreateAsync(package, ct);
        });
    }
}
