using Packages.Application.Diagnostics;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemSessionCommand(string ClinicId, string PackageId, string? AppointmentId, string? ServiceType, Actor Actor);

/// <summary>
/// Redeems one session of a named package for an appointment. Idempotent on the appointment id; an
/// appointment that already used another package's session is refused (409 appointment-already-redeemed).
/// </summary>
public sealed class RedeemSession(IPackageStore packages, AppointmentRedemption redemption, PackagesMetrics metrics)
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

        var request = new AppointmentRequest(command.ClinicId, command.AppointmentId!, command.ServiceType!, command.Actor);
        var result = await redemption.RedeemAsync(request, new NamedPackage(packages, command), cancellationToken);
        if (result.IsSuccess && result.Value.IsNew)
        {
            metrics.Redeemed(command.ServiceType!);
        }

        return result.Map(r => r.Receipt);
    }

    private sealed class NamedPackage(IPackageStore packages, RedeemSessionCommand command) : IRedemptionTarget
    {
        public async Task<TargetChoice> ChooseAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            if (await packages.FindAsync(command.ClinicId, command.PackageId, cancellationToken) is not { } stored)
            {
                return TargetChoice.Refuse(PackageErrors.NotFound(command.PackageId));
            }

            var package = stored.Value;
            return package.RedemptionFor(command.AppointmentId!) is { } done ? TargetChoice.AlreadyRedeemed(package.ReceiptFor(done))
                : package.CheckRedemption(command.ServiceType!, now) is { } refusal ? TargetChoice.Refuse(refusal)
                : TargetChoice.Use(stored);
        }

        /// <summary>Staff named this package: a claim on any other package that has not been used is moved here.</summary>
        public bool MayHonour(Package claimed) => claimed.Id == command.PackageId;

        public Result<Receipt> AlreadyRedeemed(Package package, Receipt receipt) =>
            package.Id == command.PackageId ? receipt : PackageErrors.AppointmentRedeemedElsewhere(command.AppointmentId!, package.Id);
    }
}
