using Azure.Messaging.ServiceBus;
using Packages.Application.Ports;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Messaging;

/// <summary>
/// Sends package events to the events topic: one message per event, MessageId = event id (so the topic's
/// duplicate detection drops re-sends), Subject = event type, clinic id as an application property for
/// subscription filters. Events go in size-checked batches (CreateMessageBatchAsync/TryAddMessage), in order:
/// SendMessagesAsync(IEnumerable) throws when the set exceeds one batch (256 KB on the Standard tier), which would
/// block a long outbox forever (https://learn.microsoft.com/dotnet/api/azure.messaging.servicebus.servicebussender.sendmessagesasync).
/// </summary>
public sealed class ServiceBusEventPublisher(ServiceBusSender sender) : IEventPublisher
{
    public async Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        var batch = await sender.CreateMessageBatchAsync(cancellationToken);
        try
        {
            foreach (var e in events)
            {
                var message = ToMessage(package, e);
                if (batch.TryAddMessage(message))
                {
                    continue;
                }

                if (batch.Count == 0)
                {
                    throw new InvalidOperationException($"Event {e.EventId} is larger than one Service Bus message may be ({batch.MaxSizeInBytes} bytes).");
                }

                await sender.SendMessagesAsync(batch, cancellationToken);
                batch.Dispose();
                batch = await sender.CreateMessageBatchAsync(cancellationToken);
                if (!batch.TryAddMessage(message))
                {
                    throw new InvalidOperationException($"Event {e.EventId} is larger than one Service Bus message may be ({batch.MaxSizeInBytes} bytes).");
                }
            }

            if (batch.Count > 0)
            {
                await sender.SendMessagesAsync(batch, cancellationToken);
            }
        }
        finally
        {
            batch.Dispose();
        }
    }

    public static ServiceBusMessage ToMessage(Package package, OutboundEvent e)
    {
        return new ServiceBusMessage(EventEnvelope.Serialize(package, e))
        {
            MessageId = e.EventId,
            Subject = e.Type,
            ContentType = "application/json",
            ApplicationProperties = { ["clinicId"] = package.ClinicId, ["packageId"] = package.Id },
        };
    }
}
