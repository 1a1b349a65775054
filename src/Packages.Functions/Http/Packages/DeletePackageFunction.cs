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

/// <summary>DELETE ?reason=... : a sale made by mistake, only while no payment is applied.</summary>
public sealed class DeletePackageFunction(DeletePackage deletePackage, TimeProvider time)
{
    [Function(nameof(DeletePackage))]
    [ApiOperation("Packages", "Delete a sale made by mistake, only while no payment is applied; the package is kept with its history", Response = typeof(PackageResponse), ResponseDescription = "the package, deleted", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.PackageHasPayments, ErrorCodes.PackageHasRedemptions, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [ApiQuery("reason", typeof(string), "why the sale was a mistake; kept in the history", Required = true, MaxLength = Text.MaxReasonLength)]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "clinics/{clinicId}/packages/{packageId}")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken)
    {
        var command = new DeletePackageCommand(clinicId, packageId, QueryString.Text(request, "reason"), HttpAccessGate.AccessOf(request).Actor);
        return ApiResults.Ok(await deletePackage.ExecuteAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
    }
}
