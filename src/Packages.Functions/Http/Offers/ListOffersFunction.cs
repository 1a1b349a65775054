using Packages.Application.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Offers;
using Packages.Domain.Offers;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Offers;

public sealed class ListOffersFunction(ListOffers listOffers)
{
    [Function(nameof(ListOffers))]
    [ApiOperation("Offers", "List the clinic's offers, a page at a time", Response = typeof(PageResponse<OfferResponse>), ResponseDescription = "a page of offers")]
    [ApiQuery("status", typeof(OfferStatus), "only offers in this status")]
    [ApiQuery("continuationToken", typeof(string), "the previous page's continuationToken", MaxLength = QueryString.MaxLength)]
    [ApiQuery("pageSize", typeof(int), "offers per page", Minimum = 1, Maximum = Paging.MaxPageSize, Default = Paging.DefaultPageSize)]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/offers")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var status = QueryString.Enum<OfferStatus>(request, "status");
        var pageSize = QueryString.Int(request, "pageSize");
        if ((status.Error ?? pageSize.Error) is { } error)
        {
            return ProblemResults.From(error, request);
        }

        var result = await listOffers.ExecuteAsync(
            new ListOffersQuery(clinicId, status.Value, QueryString.Text(request, "continuationToken"), pageSize.Value), cancellationToken);
        return ApiResults.Ok(result, request, page => new PageResponse<OfferResponse>([.. page.Items.Select(o => o.ToResponse())], page.ContinuationToken));
    }
}
