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
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/offers")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var key = IdempotencyKey.Read(request);
        var body = await JsonBody.ReadAsync<OfferRequest>(request, cancellationToken);
        if ((key.Error ?? body.Error) is { } error)
        {
            return ProblemResults.From(error, request);
        }

        var result = await createOffer.ExecuteAsync(new CreateOfferCommand(clinicId, body.Value.ToInput(), key.Value), cancellationToken);
        return ApiResults.Created(result, request, offer => offer.ToResponse(), offer => $"/api/clinics/{offer.ClinicId}/offers/{offer.Id}");
    }
}
