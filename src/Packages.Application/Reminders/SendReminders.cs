using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Ports;

namespace Packages.Application.Reminders;

/// <summary>
/// The reminder run: raises package-expiring-soon for every active package whose next reminder instant has come
/// (the start of the local day N days before its last day, Package.Reminders), found across all clinics by an
/// indexed query per page of 100 (nextReminderAtUtc), so its cost follows the reminders due. Each reminder is
/// raised once per threshold per expiry date: the package records it in the same conditional write.
/// </summary>
public sealed partial class SendReminders(IPackageStore packages, PackageTimerWork work, TimeProvider time, ILogger<SendReminders> logger)
{
    public async Task<TimerRunReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = await work.RunAsync("SendReminders", ct => packages.FindDueForRemindersAsync(now, ct), package => package.SendDueReminders(now), cancellationToken);
        LogSent(report.PackagesChanged, report.Unfinished);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder run reminded {PackagesReminded} packages (time budget spent: {Unfinished})")]
    private partial void LogSent(int packagesReminded, bool unfinished);
}
