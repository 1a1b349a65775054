using Packages.Application.Common;
using Packages.Application.Offers;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Memberships;

public sealed record EnrolMemberCommand(string ClinicId, string? OfferId, string? ClientId, string? IdempotencyKey, Actor Actor);

/// <summary>
/// Enrols a client in a membership plan: period 1 opens today (clinic's calendar) and is invoiced
/// (membership-renewal-due). The membership id comes from the Idempotency-Key, so a retried enrolment finds the same one.
/// </summary>
public sealed class EnrolMember(IOfferStore offers, IPackageStore packages, PackageWriter writer, TimeProvider time)
{
    public async Task<Result<Package>> ExecuteAsync(EnrolMemberCommand command, CancellationToken cancellationToken)
    {
        var found = await offers.FindAsync(command.ClinicId, command.OfferId, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (clinic, offer) = found.Value;

        var membershipId = RequestIdentity.IdFor(command.ClinicId, "enrol-member", command.IdempotencyKey);
        var enrolled = Package.Enrol(membershipId, command.ClientId!, offer, clinic, command.Actor, time.GetUtcNow());
        return enrolled.IsSuccess
            ? await writer.CreateOnceAsync(packages, enrolled.Value, existing => existing.OfferId == command.OfferId && existing.ClientId == command.ClientId, cancellationToken)
            : enrolled;
    }
}
