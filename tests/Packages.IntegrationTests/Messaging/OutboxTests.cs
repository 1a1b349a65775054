using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.Messaging;

/// <summary>Events leave through the outbox: written with the change, published, acknowledged; nothing lost in a crash.</summary>
[Collection(CosmosCollection.Name)]
public sealed class OutboxTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private readonly SwitchablePublisher _publisher = new();
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Services.AddSingleton<IEventPublisher>(_publisher));
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_change_publishes_its_event_at_once_and_the_timer_empties_the_outbox_without_sending_twice()
    {
        var offer = await _clinic.CreateOfferAsync(2, 20_000, defaultExpiry: new { count = 1, unit = "days" });
        var package = await _clinic.SellPaidAsync(offer, 20_000);
        await _clinic.RedeemAsync(package, "appt-1");
        await _clinic.PostAsync($"packages/{package}/redemptions/appt-1/reversal", new { reason = "cancelled" });
        await _clinic.PostPaymentAsync("payment-unapplied", $"pay-{package}", package, 20_000);
        _host.Time.Advance(TimeSpan.FromDays(3));
        await _clinic.RunExpirySweepAsync();
        var beforeTimer = _publisher.Recorded.Count;
        await _clinic.DispatchOutboxAsync();

        Assert.Equal(beforeTimer, _publisher.Recorded.Count);
        Assert.True(_publisher.DuplicatesDropped >= 6, $"the timer re-sends what it acknowledges; {_publisher.DuplicatesDropped} dropped");
        var types = _publisher.Recorded.Where(e => e.Field("packageId") == package).Select(e => e.Field("type")).ToArray();
        Assert.Equal(
            ["package-sold", "package-payment-recorded", "package-unlocked", "session-redeemed", "package-sessions-low", "redemption-reversed",
             "package-payment-recorded", "package-locked", "package-expired"], types);
        var ids = _publisher.Recorded.Select(e => e.Field("eventId")).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var redeemed = _publisher.Recorded.Single(e => e.Field("type") == "session-redeemed");
        Assert.Equal(10_000L, redeemed.GetProperty("data").GetProperty("value").GetProperty("amountMinor").GetInt64());
        Assert.Empty((await StoredAsync(package)).Outbox);
    }

    [Fact]
    public async Task Events_survive_a_crash_between_the_write_and_the_publish_and_the_dispatcher_sends_them_once()
    {
        var offer = await _clinic.CreateOfferAsync(5, 45_000);
        var package = await _clinic.SellPaidAsync(offer, 45_000);
        var before = _publisher.Recorded.Count;

        _publisher.Down = true; // the process "dies" after the write: nothing reaches the topic
        Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, "appt-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _clinic.RedeemAsync(package, "appt-2")).StatusCode);
        Assert.Equal(before, _publisher.Recorded.Count);
        Assert.Equal(2, (await StoredAsync(package)).Outbox.Count(e => e.Type == "session-redeemed"));

        _publisher.Down = false;
        await _clinic.DispatchOutboxAsync();
        await _clinic.DispatchOutboxAsync();

        var published = _publisher.Recorded.Skip(before).ToList();
        Assert.Equal(["appt-1", "appt-2"], published.Select(e => e.Data("appointmentId")));
        Assert.Empty((await StoredAsync(package)).Outbox);
    }

    [Fact]
    public async Task Events_whose_publish_failed_go_out_in_order_with_the_next_command()
    {
        var offer = await _clinic.CreateOfferAsync(5, 45_000);
        var package = await _clinic.SellPaidAsync(offer, 45_000);
        var before = _publisher.Recorded.Count;

        _publisher.Down = true;
        await _clinic.RedeemAsync(package, "appt-1");
        _publisher.Down = false;
        await _clinic.RedeemAsync(package, "appt-2");

        var published = _publisher.Recorded.Skip(before).Select(e => e.Data("appointmentId")).ToList();
        Assert.Equal(["appt-1", "appt-2"], published);
    }

    private async Task<Package> StoredAsync(string packageId) =>
        (await _host.Services.GetRequiredService<IPackageStore>().FindAsync(_clinic.ClinicId, packageId, default))!.Value;

    /// <summary>The recording publisher, with a switch that makes the topic unreachable.</summary>
    private sealed class SwitchablePublisher : IEventPublisher
    {
        private readonly RecordingEventPublisher _inner = new();

        public bool Down { get; set; }

        public IReadOnlyList<System.Text.Json.JsonElement> Recorded => [.. _inner.Published];

        public int DuplicatesDropped => _inner.DuplicatesDropped;

        public Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken) =>
            Down ? throw new HttpRequestException("The events topic is unreachable.") : _inner.PublishAsync(package, events, cancellationToken);
    }
}
