using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Transfers;

public sealed class TransferPackageFunction(TransferPackage transferPackage, TimeProvider time)
{
    [Function(nameof(TransferPackage))]
    [ApiOperation("Transfers", "Give the whole package to another client (one-way; its beneficiaries are removed; used sessions stay attributed to who used them); idempotent", Request = typeof(TransferPackageRequest), Response = typeof(PackageResponse), ResponseDescription = "the package, now the other client's", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.ManagedByMembership, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/transfer")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<TransferPackageRequest>(request, cancellationToken, async body =>
        {
            var command = new TransferPackageCommand(clinicId, packageId, body.ToClientId, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await transferPackage.ExecuteAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
