using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Ports;

namespace Packages.Application.Purchases;

/// <summary>
/// Cancels online purchases whose hold ended without a payment: packages of every clinic found by one indexed query per
/// page (no per-clinic walk), each changed by a conditional write (<see cref="PackageTimerWork"/>). A payment that wins
/// the race ends the hold, and the cancel, decided again on the fresh state, changes nothing.
/// </summary>
public sealed partial class CancelUnpaidPurchases(IPackageStore packages, PackageTimerWork work, TimeProvider time, ILogger<CancelUnpaidPurchases> logger)
{
    public async Task<TimerRunReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var report = await work.RunAsync("CancelUnpaidPurchases", ct => packages.FindWithLapsedHoldsAsync(now, ct), package => package.CancelIfHoldLapsed(now), cancellationToken);
        LogCancelled(report.PackagesChanged, report.Unfinished);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hold timer cancelled {Purchases} unpaid online purchases (time budget spent: {Unfinished})")]
    private partial void LogCancelled(int purchases, bool unfinished);
}
