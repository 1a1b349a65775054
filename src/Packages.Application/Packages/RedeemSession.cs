using Packages.Application.Common;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemSessionCommand(string ClinicId, string PackageId, string? AppointmentId, string? ServiceType);

/// <summary>Redeems one session of a package for an appointment. Idempotent on the appointment id.</summary>
public sealed class RedeemSession(PackageUpdater updater, TimeProvider time)
{
    public async Task<Result<Receipt>> ExecuteAsync(RedeemSessionCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(command.AppointmentId), "appointmentId", "Give the appointment's id.")
            .Require(Identifiers.IsValid(command.ServiceType), "serviceType", "Give the appointment's service type.");
        if (errors.Any)
        {
            return errors.ToError();
        }

        if (!Identifiers.IsValid(command.PackageId))
        {
            return PackageErrors.NotFound(command.PackageId);
        }

        return await updater.UpdateAsync(command.ClinicId, command.PackageId, package =>
        {
            var isRetry = package.ActiveRedemptionFor(command.AppointmentId!) is not null;
            return package.Redeem(command.AppointmentId!, command.ServiceType!, time.GetUtcNow())
                          .Map(receipt => new Change<Receipt>(receipt, !isRetry));
        }, cancellationToken);
    }
}
