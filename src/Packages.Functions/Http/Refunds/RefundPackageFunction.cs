using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Refunds;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Refunds;

public sealed class RefundPackageFunction(RefundPackage refunds, TimeProvider time)
{
    [Function(nameof(RefundPackage))]
    [ApiOperation("Refunds", "Refund the package by its policy (or less, with a reason) and close it for good; the payment system is asked for the amount (refund-requested); idempotent", Request = typeof(RefundRequest), Response = typeof(PackageResponse), ResponseDescription = "the package, refunded", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.PackageDeleted, ErrorCodes.NothingToRefund, ErrorCodes.RefundAbovePolicy, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/refund")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<RefundRequest>(request, cancellationToken, async body =>
        {
            var command = new RefundPackageCommand(clinicId, packageId, body.AmountMinor, body.Reason, HttpAccessGate.AccessOf(request).Actor);
            return ApiResults.Ok(await refunds.ExecuteAsync(command, cancellationToken), request, p => p.ToResponse(time.GetUtcNow()));
        });
}
