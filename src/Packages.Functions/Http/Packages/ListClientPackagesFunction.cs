using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Packages;

public sealed class ListClientPackagesFunction(ListClientPackages listClientPackages, TimeProvider time)
{
    [Function(nameof(ListClientPackages))]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/clients/{clientId}/packages")] HttpRequest request,
        string clinicId,
        string clientId,
        CancellationToken cancellationToken)
    {
        var pageSize = QueryString.Int(request, "pageSize");
        if (!pageSize.IsSuccess)
        {
            return ProblemResults.From(pageSize.Error!, request);
        }

        var query = new ListClientPackagesQuery(
            clinicId, clientId, HttpAccessGate.AccessOf(request).Scope, QueryString.Text(request, "continuationToken"), pageSize.Value);
        var result = await listClientPackages.ExecuteAsync(query, cancellationToken);
        var now = time.GetUtcNow();
        return ApiResults.Ok(result, request, page => new PageResponse<PackageResponse>([.. page.Items.Select(p => p.ToResponse(now))], page.ContinuationToken));
    }
}
