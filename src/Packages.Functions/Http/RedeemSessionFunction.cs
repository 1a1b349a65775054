using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Http;

public sealed class RedeemSessionFunction(RedeemSession redeemSession)
{
    [Function(nameof(RedeemSession))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "clinics/{clinicId}/packages/{packageId}/redemptions")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RedeemSessionRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return ProblemResults.From(body.Error!, request);
        }

        var result = await redeemSession.ExecuteAsync(
            new RedeemSessionCommand(clinicId, packageId, body.Value.AppointmentId, body.Value.ServiceType), cancellationToken);
        return ApiResults.Created(result, request, receipt => receipt.ToResponse(),
            receipt => $"/api/clinics/{clinicId}/packages/{receipt.PackageId}/redemptions/{receipt.AppointmentId}");
    }
}
