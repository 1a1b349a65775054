using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Liability;
using Packages.Domain.Common;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Documentation;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Reports;

public sealed class ListLiabilityPackagesFunction(ListLiabilityPackages listLiabilityPackages)
{
    [Function(nameof(ListLiabilityPackages))]
    [ApiOperation("Reports", "The packages behind a month's closing liability, with each one's balance at the month's end: JSON, or CSV with Accept: text/csv", AlsoAs = LiabilityCsv.MediaType, Response = typeof(LiabilityBreakdownResponse), ResponseDescription = "the packages and their balances", Problems = [ErrorCodes.ClinicNotFound])]
    [ApiQuery("month", typeof(string), "the month, yyyy-MM (e.g. 2026-11), in the clinic's time zone; not one that has not started", Required = true, MaxLength = 7)]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/reports/liability/packages")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var result = await listLiabilityPackages.ExecuteAsync(clinicId, QueryString.Text(request, "month"), cancellationToken);
        return AlternateFormat.Respond(
            request, result, breakdown => breakdown.ToResponse(), LiabilityCsv.MediaType, LiabilityCsv.Breakdown, breakdown => $"liability-packages-{breakdown.Month}.csv",
            LiabilityCsv.ContentType);
    }
}
