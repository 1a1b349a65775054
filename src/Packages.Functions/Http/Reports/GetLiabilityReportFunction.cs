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

public sealed class GetLiabilityReportFunction(ReportLiability reportLiability)
{
    [Function("GetLiabilityReport")]
    [ApiOperation("Reports", "The clinic's liability (deferred revenue) roll-forward for a month in its time zone: JSON, or CSV with Accept: text/csv", AlsoAs = LiabilityCsv.MediaType, Response = typeof(LiabilityReportResponse), ResponseDescription = "the month's roll-forward", Problems = [ErrorCodes.ClinicNotFound])]
    [ApiQuery("month", typeof(string), "the month, yyyy-MM (e.g. 2026-11), in the clinic's time zone; not one that has not started", Required = true, MaxLength = 7)]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/reports/liability")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var result = await reportLiability.ExecuteAsync(clinicId, QueryString.Text(request, "month"), cancellationToken);
        return AlternateFormat.Respond(request, result, report => report.ToResponse(), LiabilityCsv.MediaType, LiabilityCsv.Report, report => $"liability-{report.Month}.csv",
            LiabilityCsv.ContentType);
    }
}
