using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Freezes;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Documentation;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Freezes;

public sealed class EndFreezeFunction(FreezePackage freezePackage, TimeProvider time)
{
    [Function("EndFreeze")]
    [ApiOperation("Packages", "End a freeze early (the one beginning on {from}, yyyy-MM-dd): usable from today, the days not used come off its last day", Request = typeof(ReasonRequest), Response = typeof(PackageResponse), ResponseDescription = "the package", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.ManagedByMembership, ErrorCodes.FreezeNotFound, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/freezes/{from}/end")] HttpRequest request,
        string clinicId,
        string packageId,
        string from,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<ReasonRequest>(request, cancellationToken, async body =>
        {
            if (!ClinicCalendar.TryParse(from, out var firstDay))
            {
                return ProblemResults.From(DomainError.Validation("from", $"Give the freeze's first day as yyyy-MM-dd. {ClinicCalendar.RangeMessage}"), request);
            }

            var command = new EndFreezeCommand(clinicId, packageId, firstDay, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await freezePackage.EndAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
