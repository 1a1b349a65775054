using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Freezes;
using Packages.Domain.Common;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Documentation;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Freezes;

public sealed class FreezePackageFunction(FreezePackage freezePackage, TimeProvider time)
{
    [Function(nameof(FreezePackage))]
    [ApiOperation("Packages", "Freeze the package for days of the clinic's calendar (no use; its last day moves out by as many days), within the offer's days per year", Request = typeof(FreezeRequest), Response = typeof(PackageResponse), ResponseDescription = "the package", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.ManagedByMembership, ErrorCodes.FreezeNotOffered, ErrorCodes.FreezeOverlaps, ErrorCodes.FreezeLimitReached, ErrorCodes.TooManyFreezes, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/freezes")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<FreezeRequest>(request, cancellationToken, async body =>
        {
            if (body.From is not { } from || body.Until is not { } until)
            {
                return ProblemResults.From(DomainError.Validation(body.From is null ? "from" : "until", "Give the day as yyyy-MM-dd (not null)."), request);
            }

            var command = new FreezePackageCommand(clinicId, packageId, from, until, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await freezePackage.ExecuteAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
