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

public sealed class ResumeMembershipFunction(ChangeMembership changeMembership, TimeProvider time)
{
    [Function("ResumeMembership")]
    [ApiOperation("Memberships", "Withdraw a scheduled cancel before it takes effect: renewals go on", Request = typeof(ReasonRequest), Response = typeof(MembershipResponse), ResponseDescription = "the membership", Problems = [ErrorCodes.MembershipNotFound, ErrorCodes.MembershipEnded, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/memberships/{membershipId}/resumption")] HttpRequest request,
        string clinicId,
        string membershipId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ReasonRequest>(request, cancellationToken, async body =>
            ApiResults.Ok(await changeMembership.ResumeAsync(new ChangeMembershipCommand(clinicId, membershipId, body.Reason, HttpAccessGate.AccessOf(request).Actor), cancellationToken),
                request, state => state.ToResponse(time.GetUtcNow())));
}
