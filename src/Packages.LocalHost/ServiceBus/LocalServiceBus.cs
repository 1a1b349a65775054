using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Packages.LocalHost.Functions;

namespace Packages.LocalHost.ServiceBus;

/// <summary>
/// Feeds messages to the Service Bus functions as the broker would: a received message with a lock
/// token and delivery count, redelivered while the function throws or abandons it (up to MaxDeliveryCount, then
/// dead-lettered), and settlement taken from what the function itself did.
/// </summary>
public sealed partial class LocalServiceBus(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    IConfiguration configuration,
    ILogger<LocalServiceBus> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DeliveryReport>> _deadLetters = new(StringComparer.Ordinal);

    public int MaxDeliveryCount => configuration.GetValue("LocalHost:MaxDeliveryCount", 10);

    public IReadOnlyCollection<DeliveryReport> DeadLetters(string queue) =>
        _deadLetters.TryGetValue(queue, out var letters) ? [.. letters] : [];

    public FunctionDescriptor? FunctionFor(string queue) =>
        catalog.OfKind(FunctionKind.ServiceBus).FirstOrDefault(f =>
            ((ServiceBusTriggerAttribute)f.Trigger).QueueName is { } name &&
            AppSettingExpressions.Resolve(name, configuration) == queue);

    public async Task<DeliveryReport> DeliverAsync(FunctionDescriptor function, string queue, BinaryData body, string messageId, CancellationToken cancellationToken)
    {
        for (var delivery = 1; ; delivery++)
        {
            var message = ServiceBusModelFactory.ServiceBusReceivedMessage(
                body: body, messageId: messageId, contentType: "application/json", lockTokenGuid: Guid.NewGuid(),
                deliveryCount: delivery, enqueuedTime: DateTimeOffset.UtcNow, lockedUntil: DateTimeOffset.UtcNow.AddMinutes(1));
            var actions = new RecordingMessageActions();
            try
            {
                await invoker.InvokeAsync(function,
                    new Dictionary<Type, object>
                    {
                        [typeof(ServiceBusReceivedMessage)] = message,
                        [typeof(ServiceBusMessageActions)] = actions,
                        [typeof(CancellationToken)] = cancellationToken,
                    },
                    new Dictionary<string, string?>());
            }
            catch (Exception e) when (delivery < MaxDeliveryCount && !cancellationToken.IsCancellationRequested)
            {
                LogRedelivery(messageId, delivery, e.GetType().Name);
                continue;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                return DeadLetter(new DeliveryReport(messageId, queue, Settlement.DeadLettered, delivery,
                    "MaxDeliveryCountExceeded", $"Failed {delivery} deliveries; last error: {e.GetType().Name}"));
            }

            if (actions.Outcome == Settlement.Abandoned)
            {
                // As the broker: an abandoned message is delivered again, until the max delivery count.
                if (delivery < MaxDeliveryCount)
                {
                    continue;
                }

                return DeadLetter(new DeliveryReport(messageId, queue, Settlement.DeadLettered, delivery,
                    "MaxDeliveryCountExceeded", $"Abandoned on each of {delivery} deliveries"));
            }

            var report = new DeliveryReport(messageId, queue, actions.Outcome, delivery, actions.DeadLetterReason, actions.DeadLetterErrorDescription);
            return report.Settlement == Settlement.DeadLettered ? DeadLetter(report) : report;
        }
    }

    private DeliveryReport DeadLetter(DeliveryReport report)
    {
        _deadLetters.GetOrAdd(report.Queue, _ => new ConcurrentQueue<DeliveryReport>()).Enqueue(report);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} failed delivery {DeliveryCount} ({Error}); redelivering")]
    private partial void LogRedelivery(string messageId, int deliveryCount, string error);
}
