using Packages.Functions.Composition;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Packages.Application.Diagnostics;
using Packages.Application.Payments;
using Packages.Domain.Common;

namespace Packages.Functions.Messaging;

/// <summary>
/// Applies payment-applied / payment-unapplied messages to packages, settling each message explicitly:
/// complete on success or duplicate, dead-letter (with reason) when it can never succeed, and let a
/// transient failure throw so Service Bus redelivers it (up to the queue's max delivery count).
/// </summary>
public sealed partial class PaymentMessagesFunction(RecordPayment recordPayment, PackagesMetrics metrics, ILogger<PaymentMessagesFunction> logger)
{
    [Function("PaymentMessages")]
    public async Task Run(
        [ServiceBusTrigger("%" + AppSettings.PaymentsQueueName + "%", Connection = AppSettings.ServiceBusConnection, AutoCompleteMessages = false)] ServiceBusReceivedMessage message,
        ServiceBusMessageActions actions,
        CancellationToken cancellationToken)
    {
        // Every log line of this message carries its ids, to follow it across retries and systems.
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["MessageId"] = message.MessageId,
            ["CorrelationId"] = message.CorrelationId ?? message.MessageId,
            ["DeliveryCount"] = message.DeliveryCount,
        });
        var command = PaymentMessageParser.Parse(message.Body);
        var result = command.IsSuccess
            ? (await recordPayment.ExecuteAsync(command.Value, cancellationToken)).Error
            : command.Error;
        if (result is null)
        {
            await actions.CompleteMessageAsync(message, cancellationToken);
            return;
        }

        LogDeadLettered(message.MessageId, result.Code);
        metrics.DeadLettered(result.Code);
        await actions.DeadLetterMessageAsync(message, deadLetterReason: result.Code,
            deadLetterErrorDescription: Describe(result), cancellationToken: cancellationToken);
    }

    private static string Describe(DomainError error) =>
        error.FieldErrors is { Count: > 0 } fields
            ? $"{error.Detail} {string.Join("; ", fields.Select(f => $"{f.Key}: {string.Join(' ', f.Value)}"))}"
            : error.Detail;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment message {MessageId} dead-lettered: {Reason}")]
    private partial void LogDeadLettered(string messageId, string reason);
}
