using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Memberships;

/// <summary>
/// Renews one membership whose period is over: (1) the ending period records the move of its carried-over sessions to the
/// next period's id and expires (one conditional write), (2) the next period is created from that record (only the first
/// create stands: it is invoiced once), (3) the move is marked complete. A crash between them leaves a pending move that the
/// next attempt, a command on the membership or the transfer timer finishes (<see cref="TransferSessions.CompleteAsync"/>).
/// Returns the next period, or the ending one when no period follows (a cancel ends the membership there).
/// </summary>
public sealed class RenewMembership(PackageUpdater updater, TransferSessions transfers, TimeProvider time)
{
    public async Task<Result<Package>> RenewAsync(string clinicId, string periodId, CancellationToken cancellationToken)
    {
        var recorded = await updater.UpdateAsync(clinicId, periodId, period =>
        {
            var renewing = period.Membership?.RenewsAt is not null;
            var renewal = period.Renew(time.GetUtcNow());
            return Result<Change<(Package, SessionTransfer?)>>.Success(new((period, renewal), renewing && period.Membership!.RenewsAt is null));
        }, cancellationToken);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        var (ending, renewal) = recorded.Value;
        if (renewal is null)
        {
            return ending;
        }

        var opened = await transfers.CompleteAsync(ending, renewal, cancellationToken);
        return opened.Map(moved => moved.Received);
    }
}
