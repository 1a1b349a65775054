using Packages.Domain.Common;

namespace Packages.Application.Common;

/// <summary>
/// The one conflict-retry loop of every command (packages, offers, appointment redemptions, the sweep through
/// <see cref="Packages.PackageUpdater"/>): an attempt reads, decides and writes conditionally, and answers null
/// when another writer won, so the command is decided again on the fresh state. Attempts after a lost race wait
/// a jittered moment, so writers that collided spread out instead of colliding again in lockstep. After
/// <see cref="MaxAttempts"/> lost races the answer is concurrency-conflict: transient (HTTP 409 to retry; a
/// payment message is abandoned for redelivery, never dead-lettered).
/// </summary>
public static class ConflictRetry
{
    public const int MaxAttempts = 12;

    public static async Task<Result<T>> RunAsync<T>(Func<int, Task<Result<T>?>> attempt, CancellationToken cancellationToken)
    {
        for (var n = 1; n <= MaxAttempts; n++)
        {
            if (await attempt(n) is { } outcome)
            {
                return outcome;
            }

            if (n < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, (5 * n) + 1)), cancellationToken);
            }
        }

        return ApplicationErrors.ConcurrencyConflict;
    }
}
