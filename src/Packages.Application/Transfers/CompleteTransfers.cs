using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Application.Ports;

namespace Packages.Application.Transfers;

/// <summary>
/// Finishes moves of sessions a crash left half done (<see cref="TransferSessions"/>): packages of every clinic with a
/// move begun more than <see cref="Grace"/> ago and not complete, found by one indexed query per page (no per-clinic
/// walk), each finished as a repeated request would. The grace leaves a move still in flight to its own request.
/// </summary>
public sealed partial class CompleteTransfers(
    IPackageStore packages, TransferSessions transfers, PackageTimerWork work, TimeProvider time, ILogger<CompleteTransfers> logger)
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public async Task<TimerRunReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Grace;
        var report = await work.ForEachAsync("CompleteTransfers", ct => packages.FindWithTransfersPendingSinceAsync(cutoff, ct), async (found, ct) =>
        {
            var finished = 0;
            foreach (var transfer in found.Value.TransfersOut.Where(t => !t.Completed && t.At <= cutoff).ToList())
            {
                var result = await transfers.CompleteAsync(found.Value, transfer, ct);
                if (result.IsSuccess)
                {
                    finished++;
                }
                else
                {
                    LogNotFinished(found.Value.Id, transfer.ToPackageId, result.Error!.Code);
                }
            }

            return finished > 0;
        }, cancellationToken);
        LogCompleted(report.PackagesChanged, report.Unfinished);
        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transfer timer could not finish the move from package {PackageId} to {ToPackageId} ({Code}); the next run tries again")]
    private partial void LogNotFinished(string packageId, string toPackageId, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Transfer timer finished the pending moves of {Packages} packages (time budget spent: {Unfinished})")]
    private partial void LogCompleted(int packages, bool unfinished);
}
