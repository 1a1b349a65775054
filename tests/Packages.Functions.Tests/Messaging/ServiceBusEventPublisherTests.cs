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
        var sender = new Mock<ServiceBusSender>();
        IEnumerable<ServiceBusMessage>? sent = null;
        sender.Setup(s => s.SendMessagesAsync(It.IsAny<IEnumerable<ServiceBusMessage>>(), It.IsAny<CancellationToken>()))
              .Callback<IEnumerable<ServiceBusMessage>, CancellationToken>((messages, _) => sent = messages.ToList())
              .Returns(Task.CompletedTask);
        var package = SoldAndPaid();

        await new ServiceBusEventPublisher(sender.Object).PublishAsync(package, package.Outbox, CancellationToken.None);

        var messages = sent!.ToList();
        Assert.Equal([OutboundEventTypes.Sold, OutboundEventTypes.Unlocked], messages.Select(m => m.Subject));
        Assert.Equal(["pkg-1.1", "pkg-1.2"], messages.Select(m => m.MessageId));
        Assert.All(messages, m => Assert.Equal("maple", m.ApplicationProperties["clinicId"]));
        using var body = JsonDocument.Parse(messages[1].Body.ToString());
        Assert.Equal("client-1", body.RootElement.GetProperty("clientId").GetString());
        Assert.Equal(45_000, body.RootElement.GetProperty("data").GetProperty("amountPaidMinor").GetInt64());
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
