using Microsoft.Extensions.Logging;
using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// Runs one command against one package as read → decide → conditional replace (ETag IfMatch), in the one
/// conflict-retry loop (<see cref="ConflictRetry"/>): when another writer wins, the command is decided again on
/// the fresh state, so no update is lost and a race for the last session has exactly one winner; the loser sees
/// the package exhausted.
/// </summary>
public sealed partial class PackageUpdater(IPackageStore store, PackageWriter writer, ILogger<PackageUpdater> logger)
{
    public Task<Result<T>> UpdateAsync<T>(
        string clinicId,
        string packageId,
        Func<Package, Result<Change<T>>> decide,
        CancellationToken cancellationToken,
        int outboxBound = PackageWriter.MaxPendingEvents)
    {
        if (!Identifiers.IsValid(packageId))
        {
            return Task.FromResult<Result<T>>(PackageErrors.NotFound(packageId));
        }

        return ConflictRetry.RunAsync<T>(async attempt =>
        {
            var stored = await store.FindAsync(clinicId, packageId, cancellationToken);
            if (stored is null)
            {
                return PackageErrors.NotFound(packageId);
            }

            var decision = decide(stored.Value);
            if (!decision.IsSuccess)
            {
                return decision.Error!;
            }

            if (!decision.Value.Changed || await writer.ReplaceAsync(stored.Value, stored.ETag, cancellationToken, outboxBound))
            {
                return decision.Value.Value;
            }

            LogLostRace(packageId, attempt);
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs a package command that says whether it changed the package (<paramref name="command"/>) and answers the package
    /// as it now stands: the shape of every staff command (cancel, delete, expiry, sharing, transfer, refund).
    /// </summary>
    public Task<Result<Package>> ApplyAsync(string clinicId, string packageId, Func<Package, Result<bool>> command, CancellationToken cancellationToken) =>
        UpdateAsync(clinicId, packageId, package => command(package).Map(changed => new Change<Package>(package, changed)), cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Package {PackageId} changed concurrently; deciding again (attempt {Attempt})")]
    private partial void LogLostRace(string packageId, int attempt);
}
