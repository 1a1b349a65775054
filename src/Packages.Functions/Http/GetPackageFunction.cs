using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Http;

public sealed class GetPackageFunction(GetPackage getPackage, TimeProvider time)
{
    [Function(nameof(GetPackage))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "clinics/{clinicId}/packages/{packageId}")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken)
    {
        var result = await getPackage.ExecuteAsync(clinicId, packageId, cancellationToken);
        return ApiResults.Ok(result, request, package => package.ToResponse(time.GetUtcNow()));
    }
}
