using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Application.Ports;

namespace Packages.Application.Expiry;

/// <summary>
/// The expiry sweep: flags every active package whose expiry instant has passed as expired. It asks for the
/// due packages of all clinics at once (an indexed query per page of 100, soonest first), so its cost follows
/// the number due, not the number of clinics or packages stored (<see cref="PackageTimerWork"/>: bounded parallel
/// writes, a time budget). Redemption checks expiry itself, so the sweep is bookkeeping (status, events), never
/// the only guard.
/// </summary>
public sealed partial class ExpirePackages(
    IPackageStore packages, PackageTimerWork work, TimeProvider time, PackagesMetrics metrics, ILogger<ExpirePackages> logger)
{
    public async Task<TimerRunReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var report = await work.RunAsync("ExpirePackages", ct => packages.FindDueForExpiryAsync(now, ct), package => package.ExpireIfDue(now), cancellationToken);
        metrics.SweepCompleted(report.PackagesChanged, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        LogSwept(report.PackagesChanged, report.Unfinished);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry sweep expired {PackagesExpired} packages (time budget spent: {Unfinished})")]
    private partial void LogSwept(int packagesExpired, bool unfinished);
}
