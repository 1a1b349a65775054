using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Functions.Http;
using Packages.Functions.Http.Contracts;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.Benchmarks;

/// <summary>In-process costs of the domain and function code, without I/O.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DomainBenchmarks
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T15:00:00Z");
    private Package _package = null!;
    private Package _tenUsed = null!;

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

        var ten = PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false).Value;
        _tenUsed = Package.Sell("t", "c", new Offer("o", "bench", ten, OfferStatus.Active, Now, Now), ten, clinic, new Actor("a", "staff"), Now);
        _tenUsed.ApplyPayment("pay", new Money(100_000, "CAD"), Now);
        for (var i = 0; i < 10; i++)
        {
            _tenUsed.Redeem($"appt-{i}", "massage", new Actor("a", "staff"), Now.AddDays(7 * i));
        }

        // As the dispatcher leaves it: published, with the last redemption's event still pending.
        _tenUsed.AcknowledgeEvents(_tenUsed.Outbox.SkipLast(1).Select(e => e.EventId));
    }

    [Benchmark]
    public bool Check_a_redemption() => _package.CheckRedemption("massage", Now) is null;

    [Benchmark]
    public long Every_session_value_of_1000() => Enumerable.Range(0, 1000).Sum(i => new Money(10_000_000, "CAD").ShareOf(i, 1000).AmountMinor);

    [Benchmark]
    public Money One_session_value_of_1000() => new Money(10_000_000, "CAD").ShareOf(517, 1000);

    [Benchmark]
    public Receipt Redeem_again_idempotently() => _package.Redeem("seed-3", "massage", new Actor("a", "staff"), Now).Value;

    [Benchmark]
    public string Map_and_serialize_the_package_response() =>
        JsonSerializer.Serialize(_package.ToResponse(Now), ApiJson.Options);

    /// <summary>What a command costs in process around its two Cosmos calls: the stored document out and back.</summary>
    [Benchmark]
    public Package Store_document_round_trip_of_a_used_ten_session_package() =>
        JsonSerializer.Deserialize<PackageDocument>(JsonSerializer.SerializeToUtf8Bytes(_tenUsed.ToDocument(), CosmosJson.Options), CosmosJson.Options)!
            .ToPackage();
}
