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
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/redemptions")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RedeemSessionRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return ProblemResults.From(body.Error!, request);
        }

        var command = new RedeemSessionCommand(clinicId, packageId, body.Value.AppointmentId, body.Value.ServiceType, HttpAccessGate.AccessOf(request).Actor);
        return ApiResults.Created(await redeemSession.ExecuteAsync(command, cancellationToken), request, receipt => receipt.ToResponse(),
            receipt => $"/api/clinics/{clinicId}/packages/{receipt.PackageId}/redemptions/{receipt.AppointmentId}");
    }
}
