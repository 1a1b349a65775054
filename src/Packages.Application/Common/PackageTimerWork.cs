using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Common;

/// <summary>What one timer run changed; <see cref="Unfinished"/> when its time budget ran out first (the next run goes on).</summary>
public sealed record TimerRunReport(int PackagesChanged, bool Unfinished);

/// <summary>
/// How the package timers (expiry sweep, reminders) apply one change to the packages a scan finds: writes run
/// <see cref="Parallelism"/> at a time, each conditional on the ETag the scan read (a lost race is decided again on
/// fresh state), and a run stops taking new packages after <see cref="Budget"/>, leaving the rest to the next run.
/// A package that fails is skipped (logged, counted) and retried by the next run.
/// </summary>
public sealed class PackageTimerWork(PackageUpdater updater, PackageWriter writer, TimerItems items, TimeProvider time)
{
    public const int Parallelism = 8;

    /// <summary>Inside the five-minute schedule and host.json's five-minute functionTimeout, with room to finish the writes begun.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    /// <summary>Applies <paramref name="change"/> to each package found and writes the ones it changed.</summary>
    public Task<TimerRunReport> RunAsync(
        string timer, Func<CancellationToken, IAsyncEnumerable<Versioned<Package>>> scan, Func<Package, bool> change, CancellationToken cancellationToken) =>
        ForEachAsync(timer, scan, (found, _) => ApplyAsync(found, change, cancellationToken), cancellationToken);

    /// <summary>Runs <paramref name="work"/> on each package found (true: it did something), in parallel, within the budget.</summary>
    public async Task<TimerRunReport> ForEachAsync(
        string timer, Func<CancellationToken, IAsyncEnumerable<Versioned<Package>>> scan, Func<Versioned<Package>, CancellationToken, Task<bool>> work,
        CancellationToken cancellationToken)
    {
        var done = 0;
        using var budget = new CancellationTokenSource(Budget, time);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            await Parallel.ForEachAsync(scan(run.Token), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = run.Token },
                async (found, ct) => await items.TryAsync(timer, $"package {found.Value.Id}", async () =>
                {
                    // Writes begun finish on the caller's token, not the budget's: a package is never left half done.
                    if (await work(found, cancellationToken))
                    {
                        Interlocked.Increment(ref done);
                    }
                }, ct));
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new TimerRunReport(done, Unfinished: true);
        }

        return new TimerRunReport(done, Unfinished: false);
    }

    private async Task<bool> ApplyAsync(Versioned<Package> found, Func<Package, bool> change, CancellationToken cancellationToken)
    {
        if (!change(found.Value))
        {
            return false;
        }

        if (await writer.ReplaceAsync(found.Value, found.ETag, cancellationToken))
        {
            return true;
        }

        // Another write won since the scan: decide again on the fresh state.
        var retried = await updater.UpdateAsync<bool>(found.Value.ClinicId, found.Value.Id, fresh =>
        {
            var again = change(fresh);
            return Result<Change<bool>>.Success(new Change<bool>(again, again));
        }, cancellationToken);
        return retried.IsSuccess && retried.Value;
    }
}
