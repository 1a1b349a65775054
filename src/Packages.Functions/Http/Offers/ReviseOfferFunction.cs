using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
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
    [ApiOperation("Offers", "Revise an active offer for future sales (sold packages keep their terms)", Request = typeof(OfferRequest), Response = typeof(OfferResponse), ResponseDescription = "the offer revised", Problems = [ErrorCodes.OfferNotFound, ErrorCodes.OfferArchived, ErrorCodes.ConcurrencyConflict])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "clinics/{clinicId}/offers/{offerId}")] HttpRequest request,
        string clinicId,
        string offerId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<OfferRequest>(request, cancellationToken, async body =>
        {
            var input = body.ToInput();
            return input.IsSuccess
                ? ApiResults.Ok(await reviseOffer.ExecuteAsync(new ReviseOfferCommand(clinicId, offerId, input.Value), cancellationToken), request, offer => offer.ToResponse())
                : ProblemResults.From(input.Error!, request);
        });
}
