using Microsoft.Azure.Functions.Worker;
using Packages.Application.Memberships;
using Packages.Functions.Composition;

namespace Packages.Functions.Timers;

/// <summary>Opens and invoices the membership periods that have started, and marks past due the unpaid ones whose grace ended, on the %PackageSweepSchedule% CRON schedule.</summary>
public sealed class RenewMembershipsFunction(RenewMemberships renewMemberships)
{
    [Function(nameof(RenewMemberships))]
    public async Task Run([TimerTrigger("%" + AppSettings.PackageSweepSchedule + "%")] TimerInfo timer, CancellationToken cancellationToken) =>
        await renewMemberships.ExecuteAsync(cancellationToken);
}
