using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Moq;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Messaging;

namespace Packages.Functions.Tests.Messaging;

public sealed class ServiceBusEventPublisherTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T15:00:00Z");

    [Fact]
    public async Task Each_event_is_one_message_with_its_id_type_clinic_and_json_envelope()
    {
        var (sender, batches) = Sender(messagesPerBatch: 100);
        var package = SoldAndPaid();

        await new ServiceBusEventPublisher(sender.Object).PublishAsync(package, package.Outbox, CancellationToken.None);

        var messages = Assert.Single(batches);
        Assert.Equal(["package-sold", "package-payment-recorded", "package-unlocked"], messages.Select(m => m.Subject));
        Assert.Equal(["pkg-1.1", "pkg-1.2", "pkg-1.3"], messages.Select(m => m.MessageId));
        Assert.All(messages, m => Assert.Equal("maple", m.ApplicationProperties["clinicId"]));
        using var body = JsonDocument.Parse(messages[2].Body.ToString());
        Assert.Equal("client-1", body.RootElement.GetProperty("clientId").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(45_000, body.RootElement.GetProperty("data").GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
        Assert.Equal("CAD", body.RootElement.GetProperty("data").GetProperty("amountDue").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task Events_beyond_one_batch_go_in_several_batches_in_order_never_one_oversized_send()
    {
        var (sender, batches) = Sender(messagesPerBatch: 3);
        var package = SoldAndPaid();
        for (var i = 1; i <= 5; i++)
        {
            package.UnapplyPayment($"pay-{i}", new Money(45_000, "CAD"), Now); // locked
            package.ApplyPayment($"pay-{i + 1}", new Money(45_000, "CAD"), Now); // unlocked
        }

        await new ServiceBusEventPublisher(sender.Object).PublishAsync(package, package.Outbox, CancellationToken.None);

        Assert.Equal(23, package.Outbox.Count); // sold; recorded, unlocked; then five times recorded, locked, recorded, unlocked
        Assert.Equal([3, 3, 3, 3, 3, 3, 3, 2], batches.Select(b => b.Count));
        Assert.Equal(package.Outbox.Select(e => e.EventId), batches.SelectMany(b => b).Select(m => m.MessageId));
        sender.Verify(s => s.SendMessagesAsync(It.IsAny<IEnumerable<ServiceBusMessage>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_event_too_large_for_any_batch_fails_the_publish_instead_of_being_skipped()
    {
        var (sender, batches) = Sender(messagesPerBatch: 0);
        var package = SoldAndPaid();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ServiceBusEventPublisher(sender.Object).PublishAsync(package, package.Outbox, CancellationToken.None));

        Assert.Empty(batches);
    }

    /// <summary>A sender whose batches accept <paramref name="messagesPerBatch"/> messages, as a size limit would.</summary>
    private static (Mock<ServiceBusSender> Sender, List<List<ServiceBusMessage>> Sent) Sender(int messagesPerBatch)
    {
        var sent = new List<List<ServiceBusMessage>>();
        var stores = new Dictionary<ServiceBusMessageBatch, List<ServiceBusMessage>>();
        var sender = new Mock<ServiceBusSender>();
        sender.Setup(s => s.CreateMessageBatchAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            var store = new List<ServiceBusMessage>();
            var batch = ServiceBusModelFactory.ServiceBusMessageBatch(262_144, store, tryAddCallback: _ => store.Count < messagesPerBatch);
            stores[batch] = store;
            return batch;
        });
        sender.Setup(s => s.SendMessagesAsync(It.IsAny<ServiceBusMessageBatch>(), It.IsAny<CancellationToken>()))
              .Callback<ServiceBusMessageBatch, CancellationToken>((batch, _) => sent.Add([.. stores[batch]]))
              .Returns(Task.CompletedTask);
        return (sender, sent);
    }

    private static Package SoldAndPaid()
    {
        var terms = PackageTerms.Create("Five", new Money(45_000, "CAD"), 5, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var clinic = Clinic.Create("maple", "Maple", "America/Toronto").Value;
        var package = Package.Sell("pkg-1", "client-1", new Offer("offer-1", "maple", terms, OfferStatus.Active, Now, Now), terms, clinic,
            new Actor("jane", "staff"), Now);
        package.ApplyPayment("pay-1", new Money(45_000, "CAD"), Now);
        return package;
    }
}
