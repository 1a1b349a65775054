using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record RedeemSessionCommand(
    string ClinicId, string PackageId, string? AppointmentId, string? ClientId, string? ServiceType, Actor Actor, string? Practitioner = null, string? ServiceCode = null,
    bool ThroughMembership = false);

/// <summary>
/// Redeems one session of a named package for an appointment of a client, who must own the package or be named to
/// share it (422 client-not-beneficiary). Idempotent on the appointment id; an appointment that already used another
/// package's session, or this one's for another client, is refused (409 appointment-already-redeemed).
/// </summary>
public sealed class RedeemSession(IPackageStore packages, AppointmentRedemption redemption)
{
    public Task<Result<Receipt>> ExecuteAsync(RedeemSessionCommand command, CancellationToken cancellationToken)
    {
        var invalid = RedemptionInput.Validate(command.AppointmentId, command.ClientId, command.ServiceType)
            ?? (Identifiers.IsValid(command.PackageId) ? null : PackageErrors.NotFound(command.PackageId));
        return invalid is not null
            ? Task.FromResult(Result<Receipt>.Failure(invalid))
            : redemption.RedeemAsync(
                new AppointmentRequest(command.ClinicId, command.AppointmentId!, command.ClientId!, command.ServiceType!, command.Actor, command.Practitioner, command.ServiceCode),
                new NamedPackage(packages, command), cancellationToken);
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
            return package.Membership is { } membership && !command.ThroughMembership
                    ? TargetChoice.Refuse(MembershipErrors.ManagedByMembership(membership.MembershipId))
                : package.RedemptionFor(command.AppointmentId!) is { } done
                    ? (done.ClientId == command.ClientId ? TargetChoice.AlreadyRedeemed(package.ReceiptFor(done))
                        : TargetChoice.Refuse(PackageErrors.AppointmentRedeemedForAnotherClient(command.AppointmentId!)))
                : package.CheckRedemption(command.ClientId!, command.ServiceType!, now) is { } refusal ? TargetChoice.Refuse(refusal)
                : TargetChoice.Use(stored);
        }

        /// <summary>Staff named this package: a claim on any other package that has not been used is moved here.</summary>
        public bool MayHonour(Package claimed) => claimed.Id == command.PackageId;

        public Result<Receipt> AlreadyRedeemed(Package package, Receipt receipt) =>
            package.Id != command.PackageId ? PackageErrors.AppointmentRedeemedElsewhere(command.AppointmentId!, package.Id)
            : receipt.ClientId != command.ClientId ? PackageErrors.AppointmentRedeemedForAnotherClient(command.AppointmentId!)
            : receipt;
    }
}
