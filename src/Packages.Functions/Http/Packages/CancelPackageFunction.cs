using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Packages;

public sealed class CancelPackageFunction(CancelPackage cancelPackage, TimeProvider time)
{
    [Function(nameof(CancelPackage))]
    [ApiOperation("Packages", "Cancel a package; its payments stay recorded (refunds go through the payment system)", Request = typeof(ReasonRequest), Response = typeof(PackageResponse), ResponseDescription = "the package, cancelled", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.PackageDeleted, ErrorCodes.PackageRefunded, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/cancel")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ReasonRequest>(request, cancellationToken, async body =>
        {
            var command = new CancelPackageCommand(clinicId, packageId, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await cancelPackage.ExecuteAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
