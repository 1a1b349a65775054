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

public sealed class ArchiveOfferFunction(ArchiveOffer archiveOffer)
{
    [Function(nameof(ArchiveOffer))]
    [ApiOperation("Offers", "Archive an offer: no new sales, sold packages unchanged", Response = typeof(OfferResponse), ResponseDescription = "the offer archived", Problems = [ErrorCodes.OfferNotFound, ErrorCodes.ConcurrencyConflict])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/offers/{offerId}/archive")] HttpRequest request,
        string clinicId,
        string offerId,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(await archiveOffer.ExecuteAsync(clinicId, offerId, cancellationToken), request, offer => offer.ToResponse());
}
