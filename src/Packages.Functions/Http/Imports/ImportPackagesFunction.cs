using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Imports;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Imports;

/// <summary>Imports up to 1,000 legacy packages; answers 200 with a result per row (rows fail independently).</summary>
public sealed class ImportPackagesFunction(ImportPackages importPackages)
{
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    [Function(nameof(ImportPackages))]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/imports/packages")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ImportRequest>(request, MaxBodyBytes, cancellationToken);
        if (!body.IsSuccess)
        {
            return ProblemResults.From(body.Error!, request);
        }

        var rows = (body.Value.Packages ?? []).Select(r => r.ToImportRow()).ToArray();
        var result = await importPackages.ExecuteAsync(new ImportPackagesCommand(clinicId, rows, HttpAccessGate.AccessOf(request).Actor), cancellationToken);
        return ApiResults.Ok(result, request, rowResults => rowResults.ToResponse());
    }
}
