using Packages.Application.Liability;
using System.Net;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using System.Diagnostics.Metrics;
using Packages.Application.Diagnostics;
using Packages.Application.Packages;
using Packages.Application.Payments;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Functions.Messaging;

namespace Packages.Functions.Tests.Messaging;

public sealed class PaymentMessagesFunctionTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T15:00:00Z");

    private readonly Mock<IPackageStore> _store = new();
    private readonly Mock<ServiceBusMessageActions> _actions = new();
    private readonly Mock<IEventPublisher> _publisher = new();
    private readonly PackagesMetrics _metrics = new();

    [Fact]
    public async Task A_valid_payment_is_written_once_and_completed()
    {
        _store.Setup(s => s.FindAsync("maple", "pkg-1", It.IsAny<CancellationToken>())).ReturnsAsync(StoredPackage());
        _store.Setup(s => s.TryReplaceAsync(It.IsAny<Package>(), "etag-1", It.IsAny<CancellationToken>())).ReturnsAsync("etag-2");
        var message = Message("""{"type":"payment-applied","paymentId":"pay-1","clinicId":"maple","packageId":"pkg-1","amount":{"amountMinor":45000,"currency":"CAD"}}""");

        await Function().Run(message, _actions.Object, CancellationToken.None);

        _store.Verify(s => s.TryReplaceAsync(It.Is<Package>(p => p.IsFullyPaid), "etag-1", It.IsAny<CancellationToken>()), Times.Once);
        _actions.Verify(a => a.CompleteMessageAsync(message, It.IsAny<CancellationToken>()), Times.Once);
        _actions.VerifyNoOtherCalls();
        _publisher.Verify(p => p.PublishAsync(It.IsAny<Package>(),
            It.Is<IReadOnlyList<OutboundEvent>>(e => e.Any(x => x.Type == "package-unlocked")), It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.TrySaveOutboxAsync(It.IsAny<Package>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never); // the timer acknowledges
    }

    [Theory]
    [InlineData("not json", "validation-failed")]
    [InlineData("""{"type":"payment-voided","paymentId":"p","clinicId":"maple","packageId":"pkg-1","amount":{"amountMinor":1,"currency":"CAD"}}""", "validation-failed")]
    [InlineData("""{"type":"payment-applied","paymentId":"p","clinicId":"maple","packageId":"pkg-1","amount":{"amountMinor":-5,"currency":"CAD"}}""", "validation-failed")]
    [InlineData("""{"type":"payment-applied","paymentId":"p","clinicId":"maple","packageId":"missing","amount":{"amountMinor":5,"currency":"CAD"}}""", "package-not-found", PaymentMessagesFunction.NotFoundRedeliveries)]
    public async Task A_message_that_can_never_succeed_is_dead_lettered_with_its_reason(string body, string reason, int deliveryCount = 1)
    {
        _store.Setup(s => s.FindAsync("maple", "pkg-1", It.IsAny<CancellationToken>())).ReturnsAsync(StoredPackage());
        var message = Message(body, deliveryCount);
        var deadLetters = new List<string>();
        using var listener = Listen("packages.dead_letters", (value, reasonTag) => deadLetters.Add(reasonTag!));

        await Function().Run(message, _actions.Object, CancellationToken.None);

        Assert.Equal([reason], deadLetters);
        _actions.Verify(a => a.DeadLetterMessageAsync(message, null, reason, It.Is<string>(d => d.Length > 0), It.IsAny<CancellationToken>()), Times.Once);
        _actions.VerifyNoOtherCalls();
        _store.Verify(s => s.TryReplaceAsync(It.IsAny<Package>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        _publisher.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_package_kept_changing_under_the_write_is_abandoned_for_redelivery_not_dead_lettered()
    {
        _store.Setup(s => s.FindAsync("maple", "pkg-1", It.IsAny<CancellationToken>())).ReturnsAsync(() => StoredPackage());
        _store.Setup(s => s.TryReplaceAsync(It.IsAny<Package>(), "etag-1", It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);
        var message = Message("""{"type":"payment-applied","paymentId":"pay-1","clinicId":"maple","packageId":"pkg-1","amount":{"amountMinor":45000,"currency":"CAD"}}""");
        var redelivered = new List<string>();
        using var listener = Listen("packages.redelivered", (_, reason) => redelivered.Add(reason!));

        await Function().Run(message, _actions.Object, CancellationToken.None);

        Assert.Equal(["concurrency-conflict"], redelivered);
        _store.Verify(s => s.TryReplaceAsync(It.IsAny<Package>(), "etag-1", It.IsAny<CancellationToken>()), Times.Exactly(Packages.Application.Common.ConflictRetry.MaxAttempts));
        _actions.Verify(a => a.AbandonMessageAsync(message, null, It.IsAny<CancellationToken>()), Times.Once);
        _actions.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(PaymentMessagesFunction.NotFoundRedeliveries - 1)]
    public async Task A_package_not_found_on_its_first_deliveries_is_abandoned_in_case_its_sale_is_not_visible_yet(int deliveryCount)
    {
        var message = Message("""{"type":"payment-applied","paymentId":"p","clinicId":"maple","packageId":"just-sold","amount":{"amountMinor":5,"currency":"CAD"}}""", deliveryCount);

        await Function().Run(message, _actions.Object, CancellationToken.None);

        _actions.Verify(a => a.AbandonMessageAsync(message, null, It.IsAny<CancellationToken>()), Times.Once);
        _actions.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_transient_store_failure_throws_and_leaves_the_message_unsettled_for_redelivery()
    {
        _store.Setup(s => s.FindAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
              .ThrowsAsync(new CosmosException("unavailable", HttpStatusCode.ServiceUnavailable, 0, "activity", 0));
        var message = Message("""{"type":"payment-applied","paymentId":"pay-1","clinicId":"maple","packageId":"pkg-1","amount":{"amountMinor":45000,"currency":"CAD"}}""");

        await Assert.ThrowsAsync<CosmosException>(() => Function().Run(message, _actions.Object, CancellationToken.None));

        _actions.VerifyNoOtherCalls();
    }

    private PaymentMessagesFunction Function()
    {
        var time = new FakeTimeProvider(Now);
        var writer = new PackageWriter(_store.Object, _publisher.Object, new LiabilityProjection(Mock.Of<ILiabilityLedger>(l => l.TryAddAsync(It.IsAny<Packages.Domain.Liability.LiabilityEntry>(), It.IsAny<CancellationToken>()) == Task.FromResult(true))), OutboxOptions.Inline, _metrics, NullLogger<PackageWriter>.Instance);
        var updater = new PackageUpdater(_store.Object, writer, NullLogger<PackageUpdater>.Instance);
        return new PaymentMessagesFunction(new RecordPayment(updater, time, _metrics), _metrics, NullLogger<PaymentMessagesFunction>.Instance);
    }

    /// <summary>Listens to one instrument of this test's own meter instance.</summary>
    private MeterListener Listen(string instrument, Action<long, string?> onMeasurement)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (ReferenceEquals(i.Meter, _metrics.Meter) && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            onMeasurement(value, tags.ToArray().FirstOrDefault(t => t.Key == "reason").Value?.ToString()));
        listener.Start();
        return listener;
    }

    private static ServiceBusReceivedMessage Message(string body, int deliveryCount = 1) =>
        ServiceBusModelFactory.ServiceBusReceivedMessage(BinaryData.FromString(body), messageId: "m-1", deliveryCount: deliveryCount);

    private static Versioned<Package> StoredPackage()
    {
        var terms = PackageTerms.Create("Five", new Money(45_000, "CAD"), 5, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var clinic = Clinic.Create("maple", "Maple", "America/Toronto").Value;
        var offer = new Offer("offer-1", "maple", terms, OfferStatus.Active, Now, Now);
        return new Versioned<Package>(Package.Sell("pkg-1", "client-1", offer, terms, clinic, new Actor("jane", "staff"), Now), "etag-1");
    }
}
