using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Azure.Cosmos;

namespace Packages.Benchmarks;

/// <summary>
/// Redeem and sell end to end through the local host (HTTP, auth, pipeline, use case, Cosmos) against the
/// raw SDK calls the command needs, interleaved in the same run on the same documents; reports the ratio.
/// </summary>
public static class LatencyScenario
{
    private const int Iterations = 300;

    public static async Task<IEnumerable<string>> RunAsync(BenchHost bench)
    {
        var offer = await bench.CreateOfferAsync(Iterations);
        var package = await bench.SellPaidAsync(offer, Iterations * 10_000L, "latency-client");
        var partition = new PartitionKey("bench-clinic");
        var small = await bench.SellPaidAsync(offer, Iterations * 10_000L, "small-client");
        List<double> redeem = [], rawRedeem = [], sell = [], rawSell = [], get = [], rawGet = [], getSmall = [], rawGetSmall = [];
        var query = new QueryDefinition("SELECT * FROM c WHERE c.clinicId = @c AND ((c.id = 'profile' AND c.type = 'clinic') OR (c.id = @o AND c.type = 'offer'))")
            .WithParameter("@c", "bench-clinic").WithParameter("@o", offer);

        for (var i = 0; i < Iterations; i++)
        {
            redeem.Add(await TimeAsync(async () => Expect(await bench.Client.PostAsJsonAsync(
                $"/api/clinics/bench-clinic/packages/{package}/redemptions", new { appointmentId = $"a-{i}", serviceType = "massage" }), HttpStatusCode.Created)));
            rawRedeem.Add(await TimeAsync(async () =>
            {
                using var read = await bench.Container.ReadItemStreamAsync(package, partition);
                using var body = new MemoryStream();
                await read.Content.CopyToAsync(body);
                body.Position = 0;
                using var write = await bench.Container.ReplaceItemStreamAsync(body, package, partition, new ItemRequestOptions { IfMatchEtag = read.Headers.ETag });
                write.EnsureSuccessStatusCode();
            }));
            get.Add(await TimeAsync(async () => Expect(await bench.Client.GetAsync($"/api/clinics/bench-clinic/packages/{package}"), HttpStatusCode.OK)));
            rawGet.Add(await TimeAsync(async () =>
            {
                using var read = await bench.Container.ReadItemStreamAsync(package, partition);
                read.EnsureSuccessStatusCode();
            }));
            getSmall.Add(await TimeAsync(async () => Expect(await bench.Client.GetAsync($"/api/clinics/bench-clinic/packages/{small}"), HttpStatusCode.OK)));
            rawGetSmall.Add(await TimeAsync(async () =>
            {
                using var read = await bench.Container.ReadItemStreamAsync(small, partition);
                read.EnsureSuccessStatusCode();
            }));
            sell.Add(await TimeAsync(async () => Expect(await bench.Client.PostAsJsonAsync(
                "/api/clinics/bench-clinic/packages", new { offerId = offer, clientId = $"sell-{i}" }), HttpStatusCode.Created)));
            rawSell.Add(await TimeAsync(async () =>
            {
                using var iterator = bench.Container.GetItemQueryStreamIterator(query, requestOptions: new QueryRequestOptions { PartitionKey = partition });
                using var page = await iterator.ReadNextAsync();
                using var created = await bench.Container.CreateItemStreamAsync(
                    new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"id":"raw-{{i}}","clinicId":"bench-clinic","type":"raw"}""")), partition);
                created.EnsureSuccessStatusCode();
            }));
        }

        return
        [
            "## Latency through the local host vs the raw SDK calls (same run, interleaved, 300 each)",
            "| command | local host p50 ms | raw SDK p50 ms | ratio (target ≤ 1.2) |",
            "|---|---|---|---|",
            Row("redeem (read + conditional replace)", redeem, rawRedeem),
            Row("sell (query + create)", sell, rawSell),
            Row("get (read), the package above, growing to 300 redemptions", get, rawGet),
            Row("get (read), a package with no redemption", getSmall, rawGetSmall),
            "",
        ];
    }

    private static string Row(string name, List<double> host, List<double> raw)
    {
        var (h, r) = (Percentiles.Of(host, 50), Percentiles.Of(raw, 50));
        return FormattableString.Invariant($"| {name} | {h:F2} | {r:F2} | {h / r:F2} |");
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"Expected {status}, got {response.StatusCode}.");
        }
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
