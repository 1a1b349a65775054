using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Sharing;

public sealed class RemoveBeneficiaryFunction(ManageBeneficiaries beneficiaries, TimeProvider time)
{
    [Function("RemoveBeneficiary")]
    [ApiOperation("Sharing", "Stop a beneficiary using this package; sessions they used stay theirs; idempotent", Request = typeof(ReasonRequest), Response = typeof(PackageResponse), ResponseDescription = "the package", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.PackageCancelled, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/beneficiaries/{clientId}/removal")] HttpRequest request,
        string clinicId,
        string packageId,
        string clientId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ReasonRequest>(request, cancellationToken, async body =>
        {
            var command = new BeneficiaryCommand(clinicId, packageId, clientId, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await beneficiaries.RemoveAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
