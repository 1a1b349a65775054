using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
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
    [ApiOperation("Imports", "Import up to 1,000 packages from older tracking (idempotent per externalReference); each row has its own result", Request = typeof(ImportRequest), Response = typeof(ImportResponse), ResponseDescription = "one result per row", Problems = [ErrorCodes.OfferNotFound])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/imports/packages")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ImportRequest>(request, cancellationToken, async body =>
        {
            var rows = (body.Packages ?? []).Select(ImportRowParser.Parse).ToArray();
            var command = new ImportPackagesCommand(clinicId, rows, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await importPackages.ExecuteAsync(command, cancellationToken), request, results => results.ToResponse());
        }, MaxBodyBytes, ApiJson.EnvelopeOptions);
}
