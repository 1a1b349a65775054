using System.Diagnostics;
using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Packages;
using Packages.Domain.Common;

namespace Packages.Benchmarks;

/// <summary>
/// Redeem, sell and get end to end through the local host (HTTP, auth, pipeline, use case, Cosmos) against
/// the raw SDK calls each needs, interleaved in one run in a shuffled order; reports the ratio. Packages
/// have ten sessions, as clinics sell them, and the outbox is dispatched between rounds as the one-minute
/// timer does, so the documents are the size they are in use. Two more rows split the overhead: the raw
/// calls behind a bare endpoint (the HTTP floor) and the redeem use case in process (no HTTP).
/// </summary>
public static class LatencyScenario
{
    private const int Iterations = 300;
    private const int SessionsPerPackage = 10;

    public static async Task<IEnumerable<string>> RunAsync(BenchHost bench)
    {
        var offer = await bench.CreateOfferAsync(SessionsPerPackage);
        var overHttp = await SellManyAsync(bench, offer, "latency-http");
        var inProcess = await SellManyAsync(bench, offer, "latency-direct");
        var redeem = bench.App.Services.GetRequiredService<RedeemSession>();
        var partition = new PartitionKey(BenchHost.ClinicId);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.clinicId = @c AND ((c.id = 'profile' AND c.type = 'clinic') OR (c.id = @o AND c.type = 'offer'))")
            .WithParameter("@c", BenchHost.ClinicId).WithParameter("@o", offer);
        var timings = new Dictionary<string, List<double>>();
        var order = new Random(8);

        for (var i = 0; i < Iterations; i++)
        {
            var (package, other, round) = (overHttp[i % overHttp.Count], inProcess[i % inProcess.Count], i);
            await RunShuffledAsync(timings, order, new Dictionary<string, Func<Task>>
            {
                ["http"] = async () => Expect(await bench.PostJsonAsync(
                    $"/api/clinics/{BenchHost.ClinicId}/packages/{package}/redemptions", new { appointmentId = $"a-{round}", clientId = "latency-http", serviceType = "massage" }), HttpStatusCode.Created),
                ["bare"] = async () => Expect(await bench.Client.PostAsync($"/bench/bare-redeem/{package}", null), HttpStatusCode.OK),
                ["direct"] = async () =>
                {
                    var receipt = await redeem.ExecuteAsync(new RedeemSessionCommand(BenchHost.ClinicId, other, $"d-{round}", "latency-direct", "massage", new Actor("bench", "staff")), default);
                    if (!receipt.IsSuccess)
                    {
                        throw new InvalidOperationException(receipt.Error!.Code);
                    }
                },
                ["rawRedeem"] = async () =>
                {
                    using var read = await bench.Container.ReadItemStreamAsync(package, partition);
                    using var body = new MemoryStream();
                    await read.Content.CopyToAsync(body);
                    body.Position = 0;
                    using var write = await bench.Container.ReplaceItemStreamAsync(body, package, partition, new ItemRequestOptions { IfMatchEtag = read.Headers.ETag });
                    write.EnsureSuccessStatusCode();
                },
                ["get"] = async () => Expect(await bench.Client.GetAsync($"/api/clinics/{BenchHost.ClinicId}/packages/{package}"), HttpStatusCode.OK),
                ["rawGet"] = async () =>
                {
                    using var read = await bench.Container.ReadItemStreamAsync(package, partition);
                    read.EnsureSuccessStatusCode();
                },
            });
            if (i % overHttp.Count == overHttp.Count - 1)
            {
                await bench.DispatchOutboxAsync();
            }
        }

        // Apart: the local server's sell query keeps its core busy for ~20 ms, which slows whatever comes next.
        for (var i = 0; i < Iterations; i++)
        {
            var round = i;
            await RunShuffledAsync(timings, order, new Dictionary<string, Func<Task>>
            {
                ["sell"] = async () => Expect(await bench.PostJsonAsync(
                    $"/api/clinics/{BenchHost.ClinicId}/packages", new { offerId = offer, clientId = $"sell-{round}" }), HttpStatusCode.Created),
                ["rawSell"] = async () =>
                {
                    using var iterator = bench.Container.GetItemQueryStreamIterator(query, requestOptions: new QueryRequestOptions { PartitionKey = partition });
                    using var page = await iterator.ReadNextAsync();
                    using var created = await bench.Container.CreateItemStreamAsync(
                        new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"id":"raw-{{round}}","clinicId":"{{BenchHost.ClinicId}}","type":"raw"}""")), partition);
                    created.EnsureSuccessStatusCode();
                },
            });
        }

        return
        [
            $"## Latency through the local host vs the raw SDK calls (same run, interleaved in a shuffled order, {Iterations} each, {SessionsPerPackage}-session packages)",
            "| command | app p50 ms | raw SDK p50 ms | ratio (target ≤ 1.2) |",
            "|---|---|---|---|",
            Row("redeem over HTTP (raw: read + conditional replace)", timings["http"], timings["rawRedeem"]),
            Row("the same raw calls behind a bare HTTP endpoint (no auth, JSON or app code)", timings["bare"], timings["rawRedeem"]),
            Row("redeem use case in process, no HTTP (same raw calls)", timings["direct"], timings["rawRedeem"]),
            Row("sell over HTTP (raw: query + create)", timings["sell"], timings["rawSell"]),
            Row("get over HTTP (raw: point read)", timings["get"], timings["rawGet"]),
            "",
        ];
    }

    private static async Task<List<string>> SellManyAsync(BenchHost bench, string offer, string client)
    {
        var packages = new List<string>();
        for (var i = 0; i < Iterations / SessionsPerPackage; i++)
        {
            packages.Add(await bench.SellPaidAsync(offer, SessionsPerPackage * BenchHost.SessionPriceMinor, client));
        }

        await bench.DispatchOutboxAsync();
        return packages;
    }

    /// <summary>
    /// Runs one round in a seeded random order, so that every call takes every position equally often:
    /// the first call after a pause or a busy moment is slower, whichever it is.
    /// </summary>
    private static async Task RunShuffledAsync(Dictionary<string, List<double>> timings, Random order, Dictionary<string, Func<Task>> calls)
    {
        var names = calls.Keys.ToArray();
        order.Shuffle(names);
        foreach (var name in names)
        {
            var elapsed = await TimeAsync(calls[name]);
            (timings.TryGetValue(name, out var list) ? list : timings[name] = []).Add(elapsed);
        }
    }

    private static string Row(string name, List<double> app, List<double> raw)
    {
        var (a, r) = (Percentiles.Of(app, 50), Percentiles.Of(raw, 50));
        return FormattableString.Invariant($"| {name} | {a:F2} | {r:F2} | {a / r:F2} |");
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
