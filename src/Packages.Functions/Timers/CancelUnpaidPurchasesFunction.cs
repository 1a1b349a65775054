using Packages.Functions.Composition;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Purchases;

namespace Packages.Functions.Timers;

/// <summary>Cancels online purchases left unpaid past their hold, on the %PackageSweepSchedule% CRON schedule.</summary>
public sealed class CancelUnpaidPurchasesFunction(CancelUnpaidPurchases cancelUnpaidPurchases)
{
    [Function(nameof(CancelUnpaidPurchases))]
    public async Task Run([TimerTrigger("%" + AppSettings.PackageSweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await cancelUnpaidPurchases.ExecuteAsync(cancellationToken);
}
