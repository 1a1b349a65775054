using Packages.Application.Common;
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

public sealed class ListClientPackagesFunction(ListClientPackages listClientPackages, TimeProvider time)
{
    [Function(nameof(ListClientPackages))]
    [ApiOperation("Packages", "A client's packages, owned or shared with them, a page at a time", Response = typeof(PageResponse<PackageResponse>), ResponseDescription = "a page of packages", Problems = [ErrorCodes.ClientNotFound])]
    [ApiQuery("continuationToken", typeof(string), "the previous page's continuationToken", MaxLength = QueryString.MaxLength)]
    [ApiQuery("pageSize", typeof(int), "packages per page", Minimum = 1, Maximum = Paging.MaxPageSize, Default = Paging.DefaultPageSize)]
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

        var scope = HttpAccessGate.AccessOf(request).Scope;
        var query = new ListClientPackagesQuery(
            clinicId, clientId, scope, QueryString.Text(request, "continuationToken"), pageSize.Value);
        var result = await listClientPackages.ExecuteAsync(query, cancellationToken);
        var now = time.GetUtcNow();
        return ApiResults.Ok(result, request, page => new PageResponse<PackageResponse>([.. page.Items.Select(p => p.ToResponse(now, scope))], page.ContinuationToken));
    }
}
