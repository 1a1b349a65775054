using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Purchases;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Purchases;

public sealed class BuyOnlineFunction(BuyOnline buyOnline)
{
    [Function(nameof(BuyOnline))]
    [ApiOperation("Online purchases", "A patient buys an offer sold online, for themselves or as a gift; it is unpaid and held until paid (Idempotency-Key required)", Request = typeof(BuyOnlineRequest), Response = typeof(PurchaseResponse), Status = 201, ResponseDescription = "the purchase, awaiting payment", Problems = [ErrorCodes.OfferNotFound, ErrorCodes.OfferArchived, ErrorCodes.OfferNotSoldOnline, ErrorCodes.TooManyUnpaidPurchases, ErrorCodes.ConcurrencyConflict])]
    [RequiresClinicRole(ClinicRole.Patient)]
    [IdempotencyKeyRequired]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/online-purchases")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<BuyOnlineRequest>(request, cancellationToken, async body =>
        {
            var buyer = HttpAccessGate.AccessOf(request).Membership.ClientId!;
            var command = new BuyOnlineCommand(clinicId, buyer, body.OfferId, body.ForClientId, IdempotentRequests.CallerScopedKey(request));
            return ApiResults.Created(await buyOnline.ExecuteAsync(command, cancellationToken), request, p => p.ToPurchaseResponse(),
                p => $"/api/clinics/{clinicId}/online-purchases/{p.Id}");
        });
}
