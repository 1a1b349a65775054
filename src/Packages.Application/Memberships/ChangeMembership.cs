using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Memberships;

public sealed record ChangeMembershipCommand(string ClinicId, string MembershipId, string? Reason, Actor Actor);

/// <summary>
/// Staff schedule a membership's end (at the end of the current period, or of the minimum term) or withdraw it: one
/// conditional write on the current period. A period that has ended (renewal due or landed first) refuses with a conflict:
/// the command renews and is decided again on the new period.
/// </summary>
public sealed class ChangeMembership(MembershipReader memberships, PackageUpdater updater, TimeProvider time)
{
    public Task<Result<MembershipState>> CancelAsync(ChangeMembershipCommand command, CancellationToken cancellationToken) =>
        ApplyAsync(command, (period, now) => period.ScheduleMembershipEnd(command.Reason, command.Actor, now), cancellationToken);

    public Task<Result<MembershipState>> ResumeAsync(ChangeMembershipCommand command, CancellationToken cancellationToken) =>
        ApplyAsync(command, (period, now) => period.ResumeMembership(command.Reason, command.Actor, now), cancellationToken);

    private async Task<Result<MembershipState>> ApplyAsync(
        ChangeMembershipCommand command, Func<Package, DateTimeOffset, Result<bool>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var state = await memberships.CurrentAsync(command.ClinicId, command.MembershipId, cancellationToken);
            if (!state.IsSuccess)
            {
                return state.Error!;
            }

            var changed = await updater.ApplyAsync(command.ClinicId, state.Value.Current.Id, period => change(period, time.GetUtcNow()), cancellationToken);
            if (changed.IsSuccess)
            {
                return state.Value with { Current = changed.Value };
            }

            if (changed.Error!.Code != ApplicationErrors.ConcurrencyConflict.Code)
            {
                return changed.Error;
            }
        }

        return ApplicationErrors.ConcurrencyConflict;
    }
}
