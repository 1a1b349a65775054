using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Functions.Http;
using Packages.Functions.Http.Contracts;

namespace Packages.Benchmarks;

/// <summary>In-process costs of the domain and function code, without I/O.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DomainBenchmarks
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T15:00:00Z");
    private Package _package = null!;

    [GlobalSetup]
    public void Setup()
    {
        var terms = PackageTerms.Create("Bench", new Money(10_000_000, "CAD"), 1000, ["massage"], null, ExpiryPolicy.After(1, ExpiryUnit.Months).Value, false).Value;
        var clinic = Clinic.Create("bench", "Bench", "America/Toronto").Value;
        _package = Package.Sell("p", "c", new Offer("o", "bench", terms, OfferStatus.Active, Now, Now), terms, clinic, new Actor("a", "staff"), Now);
        _package.ApplyPayment("pay", new Money(10_000_000, "CAD"), Now);
        for (var i = 0; i < 10; i++)
        {
            _package.Redeem($"seed-{i}", "massage", new Actor("a", "staff"), Now);
        }
    }

    [Benchmark]
    public bool Check_a_redemption() => _package.CheckRedemption("massage", Now) is null;

    [Benchmark]
    public IReadOnlyList<Money> Allocate_a_price_over_1000_sessions() => new Money(10_000_000, "CAD").Allocate(1000);

    [Benchmark]
    public Money One_session_value_of_1000() => new Money(10_000_000, "CAD").ShareOf(517, 1000);

    [Benchmark]
    public Receipt Redeem_again_idempotently() => _package.Redeem("seed-3", "massage", new Actor("a", "staff"), Now).Value;

    [Benchmark]
    public string Map_and_serialize_the_package_response() =>
        JsonSerializer.Serialize(_package.ToResponse(Now), ApiJson.Options);
}
