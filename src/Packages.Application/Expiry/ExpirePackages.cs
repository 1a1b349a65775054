using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Expiry;

/// <summary>
/// The expiry sweep: flags every active package whose expiry instant has passed as expired.
/// Visits clinics one at a time and asks each only for its due packages, so its cost follows the
/// number due, not the number stored. Redemption checks expiry itself, so the sweep is bookkeeping
/// (status, reports, events), never the only guard. A clinic or package that fails is skipped (logged,
/// counted) and retried by the next run; it never stops the sweep for the others.
/// </summary>
public sealed partial class ExpirePackages(
    IClinicStore clinics,
    IPackageStore packages,
    PackageUpdater updater,
    PackageWriter writer,
    TimerItems items,
    TimeProvider time,
    PackagesMetrics metrics,
    ILogger<ExpirePackages> logger)
{
    private const string Timer = "ExpirePackages";

    public async Task<SweepReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        int clinicsVisited = 0, expired = 0;
        await foreach (var clinicId in clinics.ListClinicIdsAsync(cancellationToken))
        {
            clinicsVisited++;
            await items.TryAsync(Timer, $"clinic {clinicId}", async () =>
            {
                await foreach (var due in packages.FindDueForExpiryAsync(clinicId, now, cancellationToken))
                {
                    await items.TryAsync(Timer, $"package {due.Value.Id}", async () =>
                    {
                        if (await ExpireAsync(due, now, cancellationToken))
                        {
                            expired++;
                        }
                    }, cancellationToken);
                }
            }, cancellationToken);
        }

        metrics.SweepCompleted(expired, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        LogSwept(clinicsVisited, expired);
        return new SweepReport(clinicsVisited, expired);
    }

    private async Task<bool> ExpireAsync(Versioned<Package> due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var package = due.Value;
        if (!package.ExpireIfDue(now))
        {
            return false;
        }

        if (await writer.ReplaceAsync(package, due.ETag, cancellationToken))
        {
            return true;
        }

        // Another write won since the query: decide again on the fresh state.
        var retried = await updater.UpdateAsync<bool>(package.ClinicId, package.Id, fresh =>
        {
            var changed = fresh.ExpireIfDue(now);
            return Result<Change<bool>>.Success(new Change<bool>(changed, changed));
        }, cancellationToken);
        return retried.IsSuccess && retried.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry sweep visited {ClinicsVisited} clinics and expired {PackagesExpired} packages")]
    private partial void LogSwept(int clinicsVisited, int packagesExpired);
}
