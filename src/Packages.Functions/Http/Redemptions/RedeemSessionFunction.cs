using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Redemptions;

public sealed class RedeemSessionFunction(RedeemSession redeemSession)
{
    [Function(nameof(RedeemSession))]
    [ApiOperation("Redemptions", "Redeem one session of this package for an appointment of its owner or a beneficiary (idempotent on appointmentId)", Request = typeof(RedeemPackageSessionRequest), Response = typeof(ReceiptResponse), Status = 201, ResponseDescription = "the receipt", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.ManagedByMembership, ErrorCodes.ClientNotBeneficiary, ErrorCodes.ClientLimitReached, ErrorCodes.PackageNotPaid, ErrorCodes.InstallmentNotCovered, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.PackageExhausted, ErrorCodes.ServiceLimitReached, ErrorCodes.ServiceNotEligible, ErrorCodes.AppointmentAlreadyRedeemed, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/redemptions")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<RedeemPackageSessionRequest>(request, cancellationToken, async body =>
        {
            var command = new RedeemSessionCommand(
                clinicId, packageId, body.AppointmentId, body.ClientId, body.ServiceType, HttpAccessGate.AccessOf(request).Actor, body.Practitioner, body.ServiceCode);
            return ApiResults.Created(await redeemSession.ExecuteAsync(command, cancellationToken), request, receipt => receipt.ToResponse(),
                receipt => $"/api/clinics/{clinicId}/packages/{receipt.PackageId}/redemptions/{receipt.AppointmentId}");
        });
}
