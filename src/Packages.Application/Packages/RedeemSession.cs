using Packages.Application.Common;
using Packages.Application.Diagnostics;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemSessionCommand(string ClinicId, string PackageId, string? AppointmentId, string? ServiceType, Actor Actor);

/// <summary>Redeems one session of a named package for an appointment. Idempotent on the appointment id.</summary>
public sealed class RedeemSession(PackageUpdater updater, TimeProvider time, PackagesMetrics metrics)
{
    public async Task<Result<Receipt>> ExecuteAsync(RedeemSessionCommand command, CancellationToken cancellationToken)
    {
        if (RedemptionInput.Validate(command.AppointmentId, command.ServiceType) is { } invalid)
        {
            return invalid;
        }

        var isNew = false;
        var result = await updater.UpdateAsync(command.ClinicId, command.PackageId, package =>
        {
            var decision = Decide(package, command.AppointmentId!, command.ServiceType!, command.Actor, time.GetUtcNow());
            isNew = decision.IsSuccess && decision.Value.Changed;
            return decision;
        }, cancellationToken);
        if (result.IsSuccess && isNew)
        {
            metrics.Redeemed(command.ServiceType!);
        }

        return result;
    }

    private static Result<Change<Receipt>> Decide(Package package, string appointmentId, string serviceType, Actor actor, DateTimeOffset now)
    {
        var isRetry = package.RedemptionFor(appointmentId) is not null;
        return package.Redeem(appointmentId, serviceType, actor, now).Map(receipt => new Change<Receipt>(receipt, !isRetry));
    }
}
