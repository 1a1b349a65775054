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

public sealed class SellPackageFunction(SellPackage sellPackage, TimeProvider time)
{
    [Function(nameof(SellPackage))]
    [ApiOperation("Packages", "Sell an offer to a client; the package starts unpaid", Request = typeof(SellPackageRequest), Response = typeof(PackageResponse), Status = 201, ResponseDescription = "the package sold", Problems = [ErrorCodes.OfferNotFound, ErrorCodes.OfferArchived])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<SellPackageRequest>(request, cancellationToken, async body =>
        {
            var command = new SellPackageCommand(
                clinicId, body.OfferId, body.ClientId, IdempotentRequests.CallerScopedKey(request), HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Created(await sellPackage.ExecuteAsync(command, cancellationToken), request,
                package => package.ToResponse(time.GetUtcNow()), package => $"/api/clinics/{package.ClinicId}/packages/{package.Id}");
        });
}
