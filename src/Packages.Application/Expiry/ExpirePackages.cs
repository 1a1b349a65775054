using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Expiry;

/// <summary>
/// The expiry sweep: flags every active package whose expiry instant has passed as expired. It asks for the
/// due packages of all clinics at once (an indexed query per page of 100, soonest first), so its cost follows
/// the number due, not the number of clinics or packages stored. Writes run <see cref="Parallelism"/> at a time,
/// and a run stops taking new packages after <see cref="Budget"/>, leaving the rest to the next run (every five
/// minutes). Redemption checks expiry itself, so the sweep is bookkeeping (status, events), never the only
/// guard. A package that fails is skipped (logged, counted) and retried by the next run.
/// </summary>
public sealed partial class ExpirePackages(
    IPackageStore packages,
    PackageUpdater updater,
    PackageWriter writer,
    TimerItems items,
    TimeProvider time,
    PackagesMetrics metrics,
    ILogger<ExpirePackages> logger)
{
    public const int Parallelism = 8;

    /// <summary>Inside the five-minute schedule and host.json's five-minute functionTimeout, with room to finish the writes begun.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    private const string Timer = "ExpirePackages";

    public async Task<SweepReport> ExecuteAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        var expired = 0;
        using var budget = new CancellationTokenSource(Budget, time);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            await Parallel.ForEachAsync(
                packages.FindDueForExpiryAsync(now, run.Token),
                new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = run.Token },
                async (due, ct) =>
                {
                    await items.TryAsync(Timer, $"package {due.Value.Id}", async () =>
                    {
                        if (await ExpireAsync(due, now, cancellationToken))
                        {
                            Interlocked.Increment(ref expired);
                        }
                    }, ct);
                });
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogBudgetSpent(expired);
            return Done(new SweepReport(expired, Unfinished: true));
        }

        return Done(new SweepReport(expired, Unfinished: false));

        SweepReport Done(SweepReport report)
        {
            metrics.SweepCompleted(report.PackagesExpired, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            LogSwept(report.PackagesExpired);
            return report;
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry sweep expired {PackagesExpired} packages")]
    private partial void LogSwept(int packagesExpired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Expiry sweep spent its time budget after expiring {PackagesExpired} packages; the next run goes on")]
    private partial void LogBudgetSpent(int packagesExpired);
}
