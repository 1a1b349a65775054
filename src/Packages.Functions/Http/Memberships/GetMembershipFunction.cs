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

public sealed class GetMembershipFunction(GetMembership getMembership, TimeProvider time)
{
    [Function(nameof(GetMembership))]
    [ApiOperation("Memberships", "Get a membership: its plan, status, past-due periods and current period", Response = typeof(MembershipResponse), ResponseDescription = "the membership", Problems = [ErrorCodes.MembershipNotFound])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/memberships/{membershipId}")] HttpRequest request,
        string clinicId,
        string membershipId,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(await getMembership.ExecuteAsync(clinicId, membershipId, cancellationToken), request, state => state.ToResponse(time.GetUtcNow()));
}
