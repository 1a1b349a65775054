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

public sealed class EnrolMemberFunction(EnrolMember enrolMember, TimeProvider time)
{
    [Function(nameof(EnrolMember))]
    [ApiOperation("Memberships", "Enrol a client in a membership plan: period 1 starts today and is invoiced (membership-renewal-due)", Request = typeof(EnrolMemberRequest), Response = typeof(PackageResponse), Status = 201, ResponseDescription = "the membership's first period (its membership field names the membership)", Problems = [ErrorCodes.OfferNotFound, ErrorCodes.OfferArchived, ErrorCodes.OfferNotMembership])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/memberships")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<EnrolMemberRequest>(request, cancellationToken, async body =>
        {
            var command = new EnrolMemberCommand(clinicId, body.OfferId, body.ClientId, IdempotentRequests.CallerScopedKey(request), HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Created(await enrolMember.ExecuteAsync(command, cancellationToken), request,
                period => period.ToResponse(time.GetUtcNow()), period => $"/api/clinics/{period.ClinicId}/memberships/{period.Membership!.MembershipId}");
        });
}
