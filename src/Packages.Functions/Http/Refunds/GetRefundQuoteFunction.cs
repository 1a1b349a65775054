using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Refunds;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Refunds;

public sealed class GetRefundQuoteFunction(RefundPackage refunds)
{
    [Function("GetRefundQuote")]
    [ApiOperation("Refunds", "What a refund of this package would return now, and how the policy computes it", Response = typeof(RefundQuoteResponse), ResponseDescription = "the quote", Problems = [ErrorCodes.PackageNotFound])]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/packages/{packageId}/refund-quote")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        ApiResults.Ok(await refunds.QuoteAsync(clinicId, packageId, cancellationToken), request, quote => quote.ToResponse());
}
