using Packages.Application.Common;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemSessionCommand(string ClinicId, string PackageId, string? AppointmentId, string? ServiceType, Actor Actor);

/// <summary>Redeems one session of a named package for an appointment. Idempotent on the appointment id.</summary>
public sealed class RedeemSession(PackageUpdater updater, TimeProvider time)
{
    public async Task<Result<Receipt>> ExecuteAsync(RedeemSessionCommand command, CancellationToken cancellationToken)
    {
        if (RedemptionInput.Validate(command.AppointmentId, command.ServiceType) is { } invalid)
        {
            return invalid;
        }

        if (!Identifiers.IsValid(command.PackageId))
        {
            return PackageErrors.NotFound(command.PackageId);
        }

        return await updater.UpdateAsync(command.ClinicId, command.PackageId,
            package => Decide(package, command.AppointmentId!, command.ServiceType!, command.Actor, time.GetUtcNow()),
            cancellationToken);
    }

    /// <summary>The redemption decision on one package, shared with the client-level redemption.</summary>
    internal static Result<Change<Receipt>> Decide(Package package, string appointmentId, string serviceType, Actor actor, DateTimeOffset now)
    {
        var isRetry = package.RedemptionFor(appointmentId) is not null;
        return package.Redeem(appointmentId, serviceType, actor, now).Map(receipt => new Change<Receipt>(receipt, !isRetry));
    }
}
