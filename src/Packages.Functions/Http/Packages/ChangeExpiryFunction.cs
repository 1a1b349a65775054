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

public sealed class ChangeExpiryFunction(ChangeExpiry changeExpiry, TimeProvider time)
{
    [Function(nameof(ChangeExpiry))]
    [ApiOperation("Packages", "Set or clear (null: never) the last day of use, with a reason", Request = typeof(ChangeExpiryRequest), Response = typeof(PackageResponse), ResponseDescription = "the package", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.ManagedByMembership, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "clinics/{clinicId}/packages/{packageId}/expiry")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ChangeExpiryRequest>(request, cancellationToken, async body =>
        {
            var lastDay = body.LastDay();
            if (!lastDay.IsSuccess)
            {
                return ProblemResults.From(lastDay.Error!, request);
            }

            var command = new ChangeExpiryCommand(clinicId, packageId, lastDay.Value, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await changeExpiry.ExecuteAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
