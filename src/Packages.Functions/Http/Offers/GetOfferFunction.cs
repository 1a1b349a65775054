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

public sealed class GetOfferFunction(GetOffer getOffer)
{
    [Function(nameof(GetOffer))]
    [ApiOperation("Offers", "Get an offer", Response = typeof(OfferResponse), ResponseDescription = "the offer", Problems = [ErrorCodes.OfferNotFound])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/offers/{offerId}")] HttpRequest request,
        string clinicId,
        string offerId,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(await getOffer.ExecuteAsync(clinicId, offerId, cancellationToken), request, offer => offer.ToResponse());
}
