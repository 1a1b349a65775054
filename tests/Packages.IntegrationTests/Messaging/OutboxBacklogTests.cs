using System.Net;
using Azure.Messaging.ServiceBus;
using Microsoft.AspNetCore.Builder;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Messaging;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.Messaging;

/// <summary>
/// A long outage of the events topic: events pile up in package outboxes, then go out in chunks that each fit
/// one Service Bus batch; every event id is delivered once and the documents stay small. The outbox is bounded.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class OutboxBacklogTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private const int Packages = 100;
    private const int EventsPerPackage = 103; // sold, payment recorded, unlocked; then 25 × (recorded, locked, recorded, unlocked)
    private readonly TopicWithBatchLimit _topic = new();
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<IEventPublisher>(_topic));
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Ten_thousand_events_held_back_by_an_outage_are_each_delivered_once_when_the_topic_returns()
    {
        var offer = await _clinic.CreateOfferAsync(5, 45_000);
        _topic.Down = true;
        var packages = new string[Packages];
        await Parallel.ForAsync(0, Packages, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            packages[i] = await FillAsync(offer, EventsPerPackage));
        var largest = await LargestDocumentAsync(packages);

        _topic.Down = false;
        for (var run = 0; run < 3; run++)
        {
            await _clinic.DispatchOutboxAsync();
        }

        var expected = packages.SelectMany(p => Enumerable.Range(1, EventsPerPackage).Select(n => $"{p}.{n}")).ToHashSet();
        Assert.Equal(Packages * EventsPerPackage, expected.Count);
        Assert.Equal(expected, _topic.Recorded.Select(e => e.Field("eventId")).ToHashSet());
        Assert.Equal(_topic.Recorded.Count, _topic.Recorded.Select(e => e.Field("eventId")).Distinct().Count());
        Assert.True(_topic.LargestSendBytes <= TopicWithBatchLimit.MaxBatchBytes, $"largest send {_topic.LargestSendBytes} B");
        Assert.True(largest < 96 * 1024, $"largest document during the outage: {largest} B");
        foreach (var package in packages)
        {
            Assert.Empty((await StoredAsync(package)).Outbox);
        }

        var drained = await LargestDocumentAsync(packages);
        Assert.True(drained < largest / 2, $"documents shrink once the outbox is drained: {largest} B → {drained} B");
        TestReport.Write($"outbox backlog: {expected.Count} events held back over {Packages} packages by an outage, each delivered once after; " +
            $"largest document during the outage {largest} B, after draining {drained} B; largest single send {_topic.LargestSendBytes} B (limit {TopicWithBatchLimit.MaxBatchBytes})");
    }

    [Fact]
    public async Task A_full_outbox_refuses_api_changes_with_503_but_still_records_payments_until_the_dispatcher_drains_it()
    {
        var offer = await _clinic.CreateOfferAsync(5, 45_000);
        _topic.Down = true;
        var package = await _clinic.SellPaidAsync(offer, 45_000); // sold, payment recorded, unlocked
        for (var n = 4; n < PackageWriter.MaxPendingEvents; n += 2)
        {
            Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, $"fill-{n}")).StatusCode);
            await _clinic.PostAsync($"packages/{package}/redemptions/fill-{n}/reversal", new { reason = "cancelled" });
        }

        Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, "fill-last")).StatusCode); // the outbox is full

        var refused = await _clinic.RedeemAsync(package, "appt-1");
        var payment = await _clinic.PostPaymentAsync("payment-unapplied", $"pay-{package}", package, 45_000);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("event-backlog", await refused.Content.ReadAsStringAsync());
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal("completed", payment.GetProperty("settlement").GetString()); // money is never refused for a backlog
        Assert.Equal(PackageWriter.MaxPendingEvents + 2, (await StoredAsync(package)).Outbox.Count); // payment recorded, locked
        await _clinic.PostPaymentAsync("payment-applied", $"pay-{package}-again", package, 45_000);

        _topic.Down = false;
        await _clinic.DispatchOutboxAsync();

        Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, "appt-1")).StatusCode);
    }

    /// <summary>A paid package whose outbox holds <paramref name="events"/> events (3 + a multiple of 4): sold, paid, then payments taken back and applied again.</summary>
    private async Task<string> FillAsync(string offer, int events)
    {
        var package = await _clinic.SellPaidAsync(offer, 45_000);
        var paid = $"pay-{package}";
        for (var n = 7; n <= events; n += 4)
        {
            await _clinic.PostPaymentAsync("payment-unapplied", paid, package, 45_000);
            paid = $"pay-{package}-{n}";
            await _clinic.PostPaymentAsync("payment-applied", paid, package, 45_000);
        }

        return package;
    }

    private async Task<Package> StoredAsync(string packageId) =>
        (await _host.Services.GetRequiredService<IPackageStore>().FindAsync(_clinic.ClinicId, packageId, default))!.Value;

    private async Task<long> LargestDocumentAsync(IEnumerable<string> packageIds)
    {
        var container = _host.Services.GetRequiredService<PackagesContainer>().Container;
        long largest = 0;
        foreach (var id in packageIds)
        {
            using var response = await container.ReadItemStreamAsync(id, new PartitionKey(_clinic.ClinicId));
            using var buffer = new MemoryStream();
            await response.Content.CopyToAsync(buffer);
            largest = Math.Max(largest, buffer.Length);
        }

        return largest;
    }

    /// <summary>
    /// The events topic as SendMessagesAsync(IEnumerable) treats a set of messages: one batch of at most 256 KB
    /// (Standard tier), or the whole send fails. Records what it accepted; can be switched off (an outage).
    /// </summary>
    private sealed class TopicWithBatchLimit : IEventPublisher
    {
        public const int MaxBatchBytes = 256 * 1024;
        private readonly RecordingEventPublisher _inner = new();
        private long _largest;

        public bool Down { get; set; }

        public IReadOnlyList<System.Text.Json.JsonElement> Recorded => [.. _inner.Published];

        public long LargestSendBytes => Interlocked.Read(ref _largest);

        public Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
        {
            if (Down)
            {
                throw new ServiceBusException("The events topic is unreachable.", ServiceBusFailureReason.ServiceCommunicationProblem);
            }

            var bytes = events.Sum(e => (long)ServiceBusEventPublisher.ToMessage(package, e).Body.ToMemory().Length + 200);
            if (bytes > MaxBatchBytes)
            {
                throw new ServiceBusException($"The batch of {bytes} bytes exceeds {MaxBatchBytes}.", ServiceBusFailureReason.MessageSizeExceeded);
            }

            long seen;
            while (bytes > (seen = Interlocked.Read(ref _largest)) && Interlocked.CompareExchange(ref _largest, bytes, seen) != seen)
            {
            }

            return _inner.PublishAsync(package, events, cancellationToken);
        }
    }
}
