using Packages.Application.Packages;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Memberships;

public sealed record RedeemMembershipSessionCommand(
    string ClinicId, string MembershipId, string? AppointmentId, string? ClientId, string? ServiceType, Actor Actor, string? Practitioner = null, string? ServiceCode = null);

/// <summary>
/// Redeems one session of the membership's current period for an appointment (as <see cref="RedeemSession"/> does for a
/// package, idempotent on the appointment id): refused while any period is past due (409 membership-past-due), and, like
/// a package, while the current period is unpaid (409 package-not-paid).
/// </summary>
public sealed class RedeemMembershipSession(MembershipReader memberships, RedeemSession redeemSession)
{
    public async Task<Result<Receipt>> ExecuteAsync(RedeemMembershipSessionCommand command, CancellationToken cancellationToken)
    {
        if (RedemptionInput.Validate(command.AppointmentId, command.ClientId, command.ServiceType) is { } invalid)
        {
            return invalid;
        }

        var state = await memberships.CurrentAsync(command.ClinicId, command.MembershipId, cancellationToken);
        if (!state.IsSuccess)
        {
            return state.Error!;
        }

        if (state.Value.PastDuePeriods is { Count: > 0 } pastDue)
        {
            return MembershipErrors.PastDue(pastDue);
        }

        return await redeemSession.ExecuteAsync(new RedeemSessionCommand(
            command.ClinicId, state.Value.Current.Id, command.AppointmentId, command.ClientId, command.ServiceType, command.Actor,
            command.Practitioner, command.ServiceCode, ThroughMembership: true), cancellationToken);
    }
}
