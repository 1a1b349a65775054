using Packages.Functions.Composition;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Outbox;

namespace Packages.Functions.Timers;

/// <summary>Publishes events left in package outboxes, on the %OutboxDispatchSchedule% CRON schedule.</summary>
public sealed class DispatchOutboxFunction(DispatchOutbox dispatchOutbox)
{
    [Function(nameof(DispatchOutbox))]
    public async Task Run([TimerTrigger("%" + AppSettings.OutboxDispatchSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await dispatchOutbox.ExecuteAsync(cancellationToken);
}
