using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Expiry;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Benchmarks;

/// <summary>
/// The expiry sweep's requests as stored packages grow tenfold, the same 100 due. The local Cosmos-API
/// server has no index (each query scans every document), so its time grows with the total and 100,000
/// documents outrun the per-attempt timeout here: the scale is 1,000 → 10,000. The request count is the
/// measure; it depends on clinics and due packages only.
/// </summary>
public static class SweepScenario
{
    private const int Due = 100;

    public static async Task<IEnumerable<string>> RunAsync(BenchHost bench)
    {
        var store = bench.App.Services.GetRequiredService<IPackageStore>();
        var sweep = bench.App.Services.GetRequiredService<ExpirePackages>();
        var rows = new List<string>
        {
            "## Expiry sweep: requests with the same number due, as stored packages grow",
            "| stored packages | due | requests | writes | ms |",
            "|---|---|---|---|---|",
        };
        var stored = 0;
        foreach (var target in new[] { 1_000, 10_000 })
        {
            await CreateAsync(store, target - stored - Due, due: false, stored);
            await CreateAsync(store, Due, due: true, target);
            stored = target;
            bench.Counter.Reset();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var report = await sweep.ExecuteAsync(CancellationToken.None);
            var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            rows.Add(FormattableString.Invariant(
                $"| {target:N0} | {report.PackagesExpired} | {bench.Counter.Total} | {bench.Counter.Counts.GetValueOrDefault("replace")} | {ms:F0} |"));
        }

        rows.Add("");
        return rows;
    }

    private static async Task CreateAsync(IPackageStore store, int count, bool due, int offset)
    {
        var clinic = Clinic.Create("bench-clinic", "Bench", "America/Toronto").Value;
        var terms = PackageTerms.Create("Sweep", new Money(10_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var offer = new Offer("sweep-offer", clinic.Id, terms, OfferStatus.Active, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow);
        var actor = new Actor("bench", "admin");
        await Parallel.ForEachAsync(Enumerable.Range(offset, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var now = DateTimeOffset.UtcNow;
            var package = Package.Sell($"sweep-{(due ? "due" : "later")}-{i}", $"c-{i % 5000}", offer, terms, clinic, actor, now);
            if (due)
            {
                package.ChangeExpiry(DateOnly.FromDateTime(now.UtcDateTime.AddDays(-2)), "bench: due", actor, now);
            }

            await store.TryCreateAsync(package, ct);
        });
    }
}
