using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Offers;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Offers;

public sealed class ReviseOfferFunction(ReviseOffer reviseOffer)
{
    [Function(nameof(ReviseOffer))]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "clinics/{clinicId}/offers/{offerId}")] HttpRequest request,
        string clinicId,
        string offerId,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<OfferRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return ProblemResults.From(body.Error!, request);
        }

        var result = await reviseOffer.ExecuteAsync(new ReviseOfferCommand(clinicId, offerId, body.Value.ToInput()), cancellationToken);
        return ApiResults.Ok(result, request, offer => offer.ToResponse());
    }
}
