using Packages.Functions.Composition;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Transfers;

namespace Packages.Functions.Timers;

/// <summary>Finishes moves of sessions a crash left half done, on the %PackageSweepSchedule% CRON schedule.</summary>
public sealed class CompleteTransfersFunction(CompleteTransfers completeTransfers)
{
    [Function(nameof(CompleteTransfers))]
    public async Task Run([TimerTrigger("%" + AppSettings.PackageSweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await completeTransfers.ExecuteAsync(cancellationToken);
}
