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

public sealed class GetPackageFunction(GetPackage getPackage, TimeProvider time)
{
    [Function(nameof(GetPackage))]
    [ApiOperation("Packages", "Get a package (a beneficiary gets the shared view)", Response = typeof(PackageResponse), ResponseDescription = "the package", Problems = [ErrorCodes.PackageNotFound])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/packages/{packageId}")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken)
    {
        var scope = HttpAccessGate.AccessOf(request).Scope;
        var result = await getPackage.ExecuteAsync(clinicId, packageId, scope, cancellationToken);
        return ApiResults.Ok(result, request, package => package.ToResponse(time.GetUtcNow(), scope));
    }
}
