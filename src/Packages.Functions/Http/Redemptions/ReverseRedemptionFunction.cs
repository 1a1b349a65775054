using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Redemptions;

public sealed class ReverseRedemptionFunction(ReverseRedemption reverseRedemption)
{
    [Function(nameof(ReverseRedemption))]
    [ApiOperation("Redemptions", "Give the session back (cancelled) or apply the late-cancel policy (lateCancel, noShow)", Request = typeof(ReverseRedemptionRequest), Response = typeof(ReversalResponse), ResponseDescription = "what happened to the session", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.RedemptionNotFound, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/redemptions/{appointmentId}/reversal")] HttpRequest request,
        string clinicId,
        string packageId,
        string appointmentId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ReverseRedemptionRequest>(request, cancellationToken, async body =>
        {
            var command = new ReverseRedemptionCommand(clinicId, packageId, appointmentId, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await reverseRedemption.ExecuteAsync(command, cancellationToken), request, r => r.ToResponse());
        });
}
