using Microsoft.Azure.Functions.Worker;
using Packages.Application.Reminders;
using Packages.Functions.Composition;

namespace Packages.Functions.Timers;

/// <summary>Raises the expiring-soon reminders that have come, on the sweep's %PackageSweepSchedule% (every five minutes).</summary>
public sealed class SendRemindersFunction(SendReminders sendReminders)
{
    [Function(nameof(SendReminders))]
    public async Task Run([TimerTrigger("%" + AppSettings.PackageSweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await sendReminders.ExecuteAsync(cancellationToken);
}
