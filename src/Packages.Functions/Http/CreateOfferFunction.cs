using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Offers;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Http;

public sealed class CreateOfferFunction(CreateOffer createOffer)
{
    [Function(nameof(CreateOffer))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "clinics/{clinicId}/offers")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var key = IdempotencyKey.Read(request);
        var body = await JsonBody.ReadAsync<CreateOfferRequest>(request, cancellationToken);
        if ((key.Error ?? body.Error) is { } error)
        {
            return ProblemResults.From(error, request);
        }

        var b = body.Value;
        var command = new CreateOfferCommand(
            clinicId, b.Name, b.Price?.AmountMinor ?? 0, b.Price?.Currency, b.Sessions, b.EligibleServiceTypes,
            b.ServiceTypeCaps, b.DefaultExpiry?.Count, b.DefaultExpiry?.Unit, b.AllowInstallments, key.Value);
        var result = await createOffer.ExecuteAsync(command, cancellationToken);
        return ApiResults.Created(result, request, offer => offer.ToResponse(),
            offer => $"/api/clinics/{offer.ClinicId}/offers/{offer.Id}");
    }
}
