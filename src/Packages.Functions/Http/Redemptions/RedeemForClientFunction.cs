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

/// <summary>Redeems from whichever of the client's packages the rules choose (nearest expiry, then oldest).</summary>
public sealed class RedeemForClientFunction(RedeemForClient redeemForClient)
{
    [Function(nameof(RedeemForClient))]
    [ApiOperation("Redemptions", "Redeem from a package the client owns or shares, chosen by the rules (nearest expiry, then oldest)", Request = typeof(RedeemForClientRequest), Response = typeof(ReceiptResponse), Status = 201, ResponseDescription = "the receipt", Problems = [ErrorCodes.NoRedeemablePackage, ErrorCodes.AppointmentAlreadyRedeemed, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/clients/{clientId}/redemptions")] HttpRequest request,
        string clinicId,
        string clientId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<RedeemForClientRequest>(request, cancellationToken, async body =>
        {
            var command = new RedeemForClientCommand(
                clinicId, clientId, body.AppointmentId, body.ServiceType, HttpAccessGate.AccessOf(request).Actor, body.Practitioner, body.ServiceCode);
            return ApiResults.Created(await redeemForClient.ExecuteAsync(command, cancellationToken), request, receipt => receipt.ToResponse(),
                receipt => $"/api/clinics/{clinicId}/packages/{receipt.PackageId}/redemptions/{receipt.AppointmentId}");
        });
}
