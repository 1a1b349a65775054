using Packages.Application.Common;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record ReverseRedemptionCommand(string ClinicId, string PackageId, string AppointmentId, ReversalReason? Reason, Actor Actor);

/// <summary>Gives a session back for a cancelled appointment, or forfeits it per the late-cancel policy.</summary>
public sealed class ReverseRedemption(PackageUpdater updater, TimeProvider time)
{
    public async Task<Result<ReversalResult>> ExecuteAsync(ReverseRedemptionCommand command, CancellationToken cancellationToken)
    {
        if (command.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            return DomainError.Validation("reason", "Use cancelled, lateCancel or noShow.");
        }

        return await updater.UpdateAsync(command.ClinicId, command.PackageId, package =>
            package.ReverseRedemption(command.AppointmentId, reason, command.Actor, time.GetUtcNow())
                   .Map(r => new Change<ReversalResult>(r, r.Changed)),
            cancellationToken);
    }
}
