using Microsoft.Extensions.Logging;
using Packages.Application.Diagnostics;

namespace Packages.Application.Common;

/// <summary>
/// Timers process many independent items (clinics, packages): one that fails is logged, counted and left for
/// the next run, and never stops the work for the others. Cancellation still stops the run.
/// </summary>
public sealed partial class TimerItems(PackagesMetrics metrics, ILogger<TimerItems> logger)
{
    /// <summary>Runs <paramref name="work"/> for one item; false (logged and counted) when it failed.</summary>
    public async Task<bool> TryAsync(string timer, string item, Func<Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics.Skipped(timer);
            LogSkipped(e, timer, item);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Timer} skipped {Item}; it is retried on the next run")]
    private partial void LogSkipped(Exception exception, string timer, string item);
}
