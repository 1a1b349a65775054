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

public sealed class AddBeneficiaryFunction(ManageBeneficiaries beneficiaries, TimeProvider time)
{
    [Function("AddBeneficiary")]
    [ApiOperation("Sharing", "Name a client who may also use this package (family sharing), within the offer's maxBeneficiaries; idempotent", Request = typeof(BeneficiaryRequest), Response = typeof(PackageResponse), ResponseDescription = "the package", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.BeneficiaryLimitReached, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/beneficiaries")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<BeneficiaryRequest>(request, cancellationToken, async body =>
        {
            var command = new BeneficiaryCommand(clinicId, packageId, body.ClientId, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await beneficiaries.AddAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
