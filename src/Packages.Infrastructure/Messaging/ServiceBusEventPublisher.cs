using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos;

namespace Packages.Infrastructure.Messaging;

/// <summary>
/// Sends package events to the events topic: one message per event, MessageId = event id (so the
/// topic's duplicate detection drops re-sends), Subject = event type, clinic id as an application
/// property for subscription filters.
/// </summary>
public sealed class ServiceBusEventPublisher(ServiceBusSender sender) : IEventPublisher
{
    /// <summary>One command raises a few small events: they go as one batch, all or none.</summary>
    public Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken) =>
        sender.SendMessagesAsync(events.Select(e => ToMessage(package, e)), cancellationToken);

    public static ServiceBusMessage ToMessage(Package package, OutboundEvent e)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(EventEnvelope.From(package, e), CosmosJson.Options);
        return new ServiceBusMessage(body)
        {
            MessageId = e.EventId,
            Subject = e.Type,
            ContentType = "application/json",
            ApplicationProperties = { ["clinicId"] = package.ClinicId, ["packageId"] = package.Id },
        };
    }
}
