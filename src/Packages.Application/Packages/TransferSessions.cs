using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record TransferSessionsCommand(
    string ClinicId, string PackageId, string? ToClientId, int? Sessions, string? Reason, string? IdempotencyKey, Actor Actor);

/// <summary>The source package after the move, and the recipient's new package.</summary>
public sealed record SessionsMoved(Package Source, Package Received);

/// <summary>
/// Moves unused sessions of a package to a new package of another client, crash-safe without a transaction across
/// documents. Three writes, each idempotent and each conditional: (1) the source records the move (its sessions are
/// reserved: usable by nobody, counted once), (2) the new package is created under an id derived from the
/// Idempotency-Key and the source, built from that record alone, (3) the source marks the move complete. A crash
/// after (1) leaves a pending move, never a lost or doubled session: repeating the request, or the transfer timer
/// (<see cref="CompleteTransfers"/>), does (2) and (3). The Idempotency-Key is required: without it a retry would
/// be a second move.
/// </summary>
public sealed class TransferSessions(PackageUpdater updater, IPackageStore packages, PackageWriter writer, TimeProvider time)
{
    public async Task<Result<SessionsMoved>> ExecuteAsync(TransferSessionsCommand command, CancellationToken cancellationToken)
    {
        if (command.IdempotencyKey is null)
        {
            return DomainError.Validation("Idempotency-Key", "Send an Idempotency-Key header: repeating a move with it finishes the same move.");
        }

        var toPackageId = RequestIdentity.IdFor(command.ClinicId, $"transfer-sessions\n{command.PackageId}", command.IdempotencyKey);
        var now = time.GetUtcNow();
        var reserved = await updater.UpdateAsync(command.ClinicId, command.PackageId, package =>
        {
            var recorded = package.TransfersOut.Any(t => t.ToPackageId == toPackageId);
            return package.MoveSessions(toPackageId, command.ToClientId, command.Sessions ?? 0, command.Reason, command.Actor, now)
                .Map(transfer => new Change<(SessionTransfer Transfer, Package Source)>((transfer, package), !recorded));
        }, cancellationToken);
        if (!reserved.IsSuccess)
        {
            return reserved.Error!;
        }

        var (transfer, source) = reserved.Value;
        if (transfer.ToClientId != command.ToClientId || transfer.Slots.Count != command.Sessions || transfer.Reason != command.Reason)
        {
            return ApplicationErrors.IdempotencyKeyReused;
        }

        return await CompleteAsync(source, transfer, cancellationToken);
    }

    /// <summary>
    /// Writes (2) and (3) of a move recorded on <paramref name="source"/> (as its caller just read or wrote it); safe to run
    /// again, and alongside another run of it.
    /// </summary>
    public async Task<Result<SessionsMoved>> CompleteAsync(Package source, SessionTransfer transfer, CancellationToken cancellationToken)
    {
        var (clinicId, sourceId) = (source.ClinicId, source.Id);
        var received = Package.ReceiveSessions(source, transfer);
        if (!await writer.CreateAsync(received, cancellationToken))
        {
            // Created by an earlier attempt, or by the timer meanwhile (the first create stands); a replica that cannot
            // read it yet makes this a conflict to retry, not a failure.
            if (await packages.FindAsync(clinicId, transfer.ToPackageId, cancellationToken) is not { } created)
            {
                return ApplicationErrors.ConcurrencyConflict;
            }

            received = created.Value;
        }

        var completed = await updater.UpdateAsync(clinicId, sourceId, package =>
            Result<Change<Package>>.Success(new Change<Package>(package, package.CompleteTransfer(transfer.ToPackageId))), cancellationToken);
        return completed.Map(s => new SessionsMoved(s, received));
    }
}
