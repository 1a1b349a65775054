using BenchmarkDotNet.Running;
using Packages.Benchmarks;

// Scenario measurements against the local Cosmos-API server (default), or the in-process
// BenchmarkDotNet suite of the domain and mapping code without I/O (--in-process).
if (args.Contains("--in-process"))
{
    BenchmarkRunner.Run<DomainBenchmarks>();
    return;
}

await using var bench = await BenchHost.StartAsync();
Print([$"# Benchmarks, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}", ""]);
if (!args.Contains("--timers"))
{
    Print(await LatencyScenario.RunAsync(bench));
    Print(await ThroughputScenario.RunAsync(bench, clients: 16, duration: TimeSpan.FromSeconds(10)));
}

Print(await TimerScenario.RunAsync(bench));

static void Print(IEnumerable<string> lines) => Console.WriteLine(string.Join(Environment.NewLine, lines));
