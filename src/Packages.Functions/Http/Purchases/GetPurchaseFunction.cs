using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Purchases;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Purchases;

public sealed class GetPurchaseFunction(GetPurchase getPurchase)
{
    [Function(nameof(GetPurchase))]
    [ApiOperation("Online purchases", "An online purchase: its status and amount (patients: the purchases they made)", Response = typeof(PurchaseResponse), ResponseDescription = "the purchase", Problems = [ErrorCodes.PackageNotFound])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/online-purchases/{packageId}")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(await getPurchase.ExecuteAsync(clinicId, packageId, HttpAccessGate.AccessOf(request).Scope, cancellationToken), request,
            p => p.ToPurchaseResponse());
}
