using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Memberships;
using Packages.Domain.Common;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Documentation;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Memberships;

public sealed class RedeemMembershipSessionFunction(RedeemMembershipSession redeemMembershipSession)
{
    [Function(nameof(RedeemMembershipSession))]
    [ApiOperation("Memberships", "Redeem one session of the membership's current period for an appointment (idempotent on appointmentId); refused while a period is past due", Request = typeof(RedeemPackageSessionRequest), Response = typeof(ReceiptResponse), Status = 201, ResponseDescription = "the receipt", Problems = [ErrorCodes.MembershipNotFound, ErrorCodes.MembershipPastDue, ErrorCodes.ClientNotBeneficiary, ErrorCodes.ClientLimitReached, ErrorCodes.PackageNotPaid, ErrorCodes.InstallmentNotCovered, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.PackageExhausted, ErrorCodes.ServiceLimitReached, ErrorCodes.ServiceNotEligible, ErrorCodes.AppointmentAlreadyRedeemed, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/memberships/{membershipId}/redemptions")] HttpRequest request,
        string clinicId,
        string membershipId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<RedeemPackageSessionRequest>(request, cancellationToken, async body =>
        {
            var command = new RedeemMembershipSessionCommand(
                clinicId, membershipId, body.AppointmentId, body.ClientId, body.ServiceType, HttpAccessGate.AccessOf(request).Actor, body.Practitioner, body.ServiceCode);
            return ApiResults.Created(await redeemMembershipSession.ExecuteAsync(command, cancellationToken), request, receipt => receipt.ToResponse(),
                receipt => $"/api/clinics/{clinicId}/packages/{receipt.PackageId}/redemptions/{receipt.AppointmentId}");
        });
}
