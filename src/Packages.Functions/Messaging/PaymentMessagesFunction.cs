using Packages.Application.Common;
using Packages.Functions.Composition;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Packages.Application.Diagnostics;
using Packages.Application.Payments;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Functions.Messaging;

/// <summary>
/// Applies payment-applied / payment-unapplied messages to packages, settling each message explicitly:
/// complete on success or duplicate; abandon (Service Bus redelivers it) when the refusal is transient — the
/// package kept changing under the write (concurrency-conflict), or it is not found yet on its first deliveries
/// (a sale written moments ago, read through another instance's Session consistency); dead-letter (with reason)
/// when it can never succeed; and let an outage throw so it is redelivered too. Redelivery stops at the queue's
/// max delivery count, after which Service Bus dead-letters it (MaxDeliveryCountExceeded).
/// </summary>
public sealed partial class PaymentMessagesFunction(RecordPayment recordPayment, PackagesMetrics metrics, ILogger<PaymentMessagesFunction> logger)
{
    /// <summary>Deliveries of a message naming an unknown package before it is dead-lettered as package-not-found.</summary>
    public const int NotFoundRedeliveries = 3;

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

        if (IsTransient(result, message.DeliveryCount))
        {
            LogAbandoned(message.MessageId, result.Code, message.DeliveryCount);
            metrics.Redelivered(result.Code);
            await actions.AbandonMessageAsync(message, cancellationToken: cancellationToken);
            return;
        }

        LogDeadLettered(message.MessageId, result.Code);
        metrics.DeadLettered(result.Code);
        await actions.DeadLetterMessageAsync(message, deadLetterReason: result.Code,
            deadLetterErrorDescription: Describe(result), cancellationToken: cancellationToken);
    }

    private static bool IsTransient(DomainError error, int deliveryCount) =>
        error.Code == ApplicationErrors.ConcurrencyConflict.Code
        || (error.Code == PackageErrors.NotFoundCode && deliveryCount < NotFoundRedeliveries);

    private static string Describe(DomainError error) =>
        error.FieldErrors is { Count: > 0 } fields
            ? $"{error.Detail} {string.Join("; ", fields.Select(f => $"{f.Key}: {string.Join(' ', f.Value)}"))}"
            : error.Detail;

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment message {MessageId} abandoned for redelivery: {Reason} (delivery {DeliveryCount})")]
    private partial void LogAbandoned(string messageId, string reason, int deliveryCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment message {MessageId} dead-lettered: {Reason}")]
    private partial void LogDeadLettered(string messageId, string reason);
}
