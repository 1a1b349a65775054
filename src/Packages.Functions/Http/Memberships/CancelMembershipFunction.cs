using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Memberships;
using Packages.Domain.Common;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Documentation;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Memberships;

public sealed class CancelMembershipFunction(ChangeMembership changeMembership, TimeProvider time)
{
    [Function("CancelMembership")]
    [ApiOperation("Memberships", "Cancel at period end: the membership ends after the current period, or after its minimum term if later (usable until then; no later period is invoiced)", Request = typeof(ReasonRequest), Response = typeof(MembershipResponse), ResponseDescription = "the membership", Problems = [ErrorCodes.MembershipNotFound, ErrorCodes.MembershipEnded, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/memberships/{membershipId}/cancellation")] HttpRequest request,
        string clinicId,
        string membershipId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ReasonRequest>(request, cancellationToken, async body =>
            ApiResults.Ok(await changeMembership.CancelAsync(new ChangeMembershipCommand(clinicId, membershipId, body.Reason, HttpAccessGate.AccessOf(request).Actor), cancellationToken),
                request, state => state.ToResponse(time.GetUtcNow())));
}
