using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record ReverseRedemptionCommand(string ClinicId, string PackageId, string AppointmentId, ReversalReason? Reason, Actor Actor);

/// <summary>
/// Gives a session back for a cancelled appointment, or forfeits it per the late-cancel policy. Idempotent
/// however old the reversal is: a repeat whose first answer has moved to the archived history is answered
/// from there (reading the archive only on that path).
/// </summary>
public sealed class ReverseRedemption(PackageUpdater updater, IPackageStore packages, TimeProvider time)
{
    public async Task<Result<ReversalResult>> ExecuteAsync(ReverseRedemptionCommand command, CancellationToken cancellationToken)
    {
        if (command.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            return DomainError.Validation("reason", "Use cancelled, lateCancel or noShow.");
        }

        Package? notFoundIn = null;
        var result = await updater.UpdateAsync(command.ClinicId, command.PackageId, package =>
        {
            var reversal = package.ReverseRedemption(command.AppointmentId, reason, command.Actor, time.GetUtcNow());
            notFoundIn = reversal.IsSuccess ? null : package;
            return reversal.Map(r => new Change<ReversalResult>(r, r.Changed));
        }, cancellationToken);
        if (result.Error?.Kind != ErrorKind.NotFound || notFoundIn is not { HistoryPagesArchived: > 0 } package)
        {
            return result;
        }

        var archived = await packages.ReadHistoryPagesAsync(package, cancellationToken);
        return package.RepeatedReversal(command.AppointmentId, archived) is { } repeated ? repeated : result;
    }
}
