using Packages.Functions.Composition;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Expiry;

namespace Packages.Functions.Timers;

/// <summary>Runs the expiry sweep on the %PackageSweepSchedule% CRON schedule (the sweep logs its counts).</summary>
public sealed class ExpirePackagesFunction(ExpirePackages expirePackages)
{
    [Function(nameof(ExpirePackages))]
    public async Task Run([TimerTrigger("%" + AppSettings.PackageSweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await expirePackages.ExecuteAsync(cancellationToken);
}
