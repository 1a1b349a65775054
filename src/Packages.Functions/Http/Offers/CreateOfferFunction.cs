using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Offers;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Offers;

public sealed class CreateOfferFunction(CreateOffer createOffer)
{
    [Function(nameof(CreateOffer))]
    [ApiOperation("Offers", "Create an offer", Request = typeof(OfferRequest), Response = typeof(OfferResponse), Status = 201, ResponseDescription = "the offer created")]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/offers")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<OfferRequest>(request, cancellationToken, async body =>
        {
            var input = body.ToInput();
            if (!input.IsSuccess)
            {
                return ProblemResults.From(input.Error!, request);
            }

            var command = new CreateOfferCommand(clinicId, input.Value, IdempotentRequests.CallerScopedKey(request));
            return ApiResults.Created(await createOffer.ExecuteAsync(command, cancellationToken), request, offer => offer.ToResponse(),
                offer => $"/api/clinics/{offer.ClinicId}/offers/{offer.Id}");
        });
}
