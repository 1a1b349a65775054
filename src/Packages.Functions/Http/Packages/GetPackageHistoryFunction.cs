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

public sealed class GetPackageHistoryFunction(GetPackageHistory getHistory)
{
    [Function(nameof(GetPackageHistory))]
    [ApiOperation("Packages", "The package's audit trail, oldest first", Response = typeof(HistoryResponse), ResponseDescription = "the audit trail", Problems = [ErrorCodes.PackageNotFound])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/packages/{packageId}/history")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken)
    {
        var result = await getHistory.ExecuteAsync(clinicId, packageId, HttpAccessGate.AccessOf(request).Scope, cancellationToken);
        return ApiResults.Ok(result, request, events => new HistoryResponse([.. events.Select(e => e.ToResponse())]));
    }
}
