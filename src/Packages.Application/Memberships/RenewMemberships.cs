using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Ports;

namespace Packages.Application.Memberships;

/// <summary>
/// The renewal timer: renews every membership of every clinic whose period is over (one indexed query per page on the
/// newest periods' renewal instant, no per-clinic walk), then marks past due the unpaid periods whose grace ended (another
/// indexed query), then recognizes unlimited periods' price through the month ends passed (a third). Both within the timers' budget (<see cref="PackageTimerWork"/>); its cost follows the renewals and graces
/// due, not the clinics or memberships stored. A period opened late (the timer was down) may itself be due: the same scan
/// meets it further on, or the next run does.
/// </summary>
public sealed partial class RenewMemberships(
    IPackageStore packages, RenewMembership renewal, PackageTimerWork work, TimeProvider time, ILogger<RenewMemberships> logger)
{
    public async Task<TimerRunReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var renewed = await work.ForEachAsync("RenewMemberships", ct => packages.FindDueForRenewalAsync(now, ct), async (due, ct) =>
        {
            var result = await renewal.RenewAsync(due.Value.ClinicId, due.Value.Id, ct);
            if (!result.IsSuccess)
            {
                LogNotRenewed(due.Value.Id, result.Error!.Code);
            }

            return result.IsSuccess;
        }, cancellationToken);
        var pastDue = await work.RunAsync("RenewMemberships", ct => packages.FindWithGraceEndedAsync(now, ct), period => period.CheckGrace(now), cancellationToken);
        var recognized = await work.RunAsync("RenewMemberships", ct => packages.FindDueForRecognitionAsync(now, ct), period => period.RecognizeMonthEnds(now, now), cancellationToken);
        var unfinished = renewed.Unfinished || pastDue.Unfinished || recognized.Unfinished;
        LogRenewed(renewed.PackagesChanged, pastDue.PackagesChanged, recognized.PackagesChanged, unfinished);
        return new TimerRunReport(renewed.PackagesChanged + pastDue.PackagesChanged + recognized.PackagesChanged, unfinished);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewal timer could not renew membership period {PackageId} ({Code}); the next run tries again")]
    private partial void LogNotRenewed(string packageId, string code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Renewal timer renewed {Renewed} membership periods, checked {GracesEnded} ended graces and recognized {MonthEnds} unlimited periods' month ends (time budget spent: {Unfinished})")]
    private partial void LogRenewed(int renewed, int gracesEnded, int monthEnds, bool unfinished);
}
