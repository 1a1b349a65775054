using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;

namespace Packages.LocalHost.ServiceBus;

/// <summary>Settlement as the broker would see it, recorded instead of sent.</summary>
public sealed class RecordingMessageActions : ServiceBusMessageActions
{
    public Settlement Outcome { get; private set; } = Settlement.None;

    public string? DeadLetterReason { get; private set; }

    public string? DeadLetterErrorDescription { get; private set; }

    public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default) =>
        Settle(Settlement.Completed);

    public override Task AbandonMessageAsync(
        ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = default, CancellationToken cancellationToken = default) =>
        Settle(Settlement.Abandoned);

    public override Task DeadLetterMessageAsync(
        ServiceBusReceivedMessage message,
        Dictionary<string, object>? propertiesToModify = default,
        string? deadLetterReason = default,
        string? deadLetterErrorDescription = default,
        CancellationToken cancellationToken = default)
    {
        DeadLetterReason = deadLetterReason;
        DeadLetterErrorDescription = deadLetterErrorDescription;
        return Settle(Settlement.DeadLettered);
    }

    public override Task DeferMessageAsync(
        ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = default, CancellationToken cancellationToken = default) =>
        Settle(Settlement.Deferred);

    public override Task RenewMessageLockAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    private Task Settle(Settlement outcome)
    {
        if (Outcome != Settlement.None)
        {
            throw new InvalidOperationException($"The message was already settled ({Outcome}); a second settlement fails on a real broker too.");
        }

        Outcome = outcome;
        return Task.CompletedTask;
    }
}
