using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Expiry;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Benchmarks;

/// <summary>
/// The expiry sweep's requests as stored packages grow tenfold (10,000 → 100,000) across the same ten
/// clinics, with the same 100 due. The request count is the measure: it should depend on clinics and
/// due packages only. Seeding 100,000 packages takes about a minute on the local server.
/// </summary>
public static class SweepScenario
{
    private const int Clinics = 10;
    private const int Due = 100;

    public static async Task<IEnumerable<string>> RunAsync(BenchHost bench)
    {
        var store = bench.App.Services.GetRequiredService<IPackageStore>();
        var clinicStore = bench.App.Services.GetRequiredService<IClinicStore>();
        var sweep = bench.App.Services.GetRequiredService<ExpirePackages>();
        var clinics = Enumerable.Range(0, Clinics).Select(i => Clinic.Create($"sweep-clinic-{i}", $"Sweep {i}", "America/Toronto").Value).ToArray();
        foreach (var clinic in clinics)
        {
            await clinicStore.SaveAsync(clinic, CancellationToken.None);
        }

        var rows = new List<string>
        {
            $"## Expiry sweep: requests with the same {Due} due, as stored packages grow tenfold across the same {Clinics} clinics",
            "| stored packages | expired | requests | queries | writes | ms |",
            "|---|---|---|---|---|---|",
        };
        var stored = 0;
        foreach (var target in new[] { 10_000, 100_000 })
        {
            await CreateAsync(store, clinics, stored, target - Due, due: false);
            await CreateAsync(store, clinics, target - Due, target, due: true);
            stored = target;
            bench.Counter.Reset();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var report = await sweep.ExecuteAsync(CancellationToken.None);
            var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            rows.Add(FormattableString.Invariant(
                $"| {target:N0} | {report.PackagesChanged} | {bench.Counter.Total} | {bench.Counter.Counts.GetValueOrDefault("query")} | {bench.Counter.Counts.GetValueOrDefault("replace")} | {ms:F0} |"));
        }

        rows.Add("");
        return rows;
    }

    /// <summary>Packages numbered [from, to), spread over the clinics; due ones expired two days ago.</summary>
    private static async Task CreateAsync(IPackageStore store, Clinic[] clinics, int from, int to, bool due)
    {
        var terms = PackageTerms.Create("Sweep", new Money(10_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var actor = new Actor("bench", "admin");
        await Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var clinic = clinics[i % clinics.Length];
            var offer = new Offer("sweep-offer", clinic.Id, terms, OfferStatus.Active, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
            var now = DateTimeOffset.UtcNow;
            var package = Package.Sell($"sweep-{i}", $"c-{i % 5000}", offer, terms, clinic, actor, now);
            if (due)
            {
                package.ChangeExpiry(DateOnly.FromDateTime(now.UtcDateTime.AddDays(-2)), "bench: due", actor, now);
            }

            await store.TryCreateAsync(package, ct);
        });
    }
}
