using System.Collections.Concurrent;
using System.Diagnostics;

namespace Packages.Benchmarks;

/// <summary>Concurrent loopback clients reading packages through the local host for a fixed time.</summary>
public static class ThroughputScenario
{
    public static async Task<IEnumerable<string>> RunAsync(BenchHost bench, int clients, TimeSpan duration)
    {
        var offer = await bench.CreateOfferAsync(10);
        var packages = new List<string>();
        for (var i = 0; i < clients; i++)
        {
            packages.Add(await bench.SellPaidAsync(offer, 100_000, $"tp-{i}"));
        }

        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        using var stop = new CancellationTokenSource(duration);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(packages.Select(async package =>
        {
            while (!stop.IsCancellationRequested)
            {
                var begin = Stopwatch.GetTimestamp();
                using var response = await bench.Client.GetAsync($"/api/clinics/{BenchHost.ClinicId}/packages/{package}");
                latencies.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.ToList();
        return
        [
            $"## Throughput: {clients} concurrent loopback clients, GET package, {duration.TotalSeconds:F0} s",
            "| requests | requests/s | p50 ms | p99 ms | failures |",
            "|---|---|---|---|---|",
            FormattableString.Invariant($"| {all.Count} | {all.Count / seconds:F0} | {Percentiles.Of(all, 50):F2} | {Percentiles.Of(all, 99):F2} | {failures} |"),
            "",
        ];
    }
}
