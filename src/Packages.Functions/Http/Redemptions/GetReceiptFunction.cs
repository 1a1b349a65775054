using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Http.Receipts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Redemptions;

public sealed class GetReceiptFunction(GetReceipt getReceipt)
{
    [Function(nameof(GetReceipt))]
    [ApiOperation("Redemptions", "The receipt of one redeemed appointment, for insurers: JSON, or a one-page PDF with Accept: application/pdf", AlsoAs = ReceiptPdf.MediaType, Response = typeof(ReceiptResponse), ResponseDescription = "the receipt", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.RedemptionNotFound])]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff, ClinicRole.Patient)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "clinics/{clinicId}/packages/{packageId}/redemptions/{appointmentId}")] HttpRequest request,
        string clinicId,
        string packageId,
        string appointmentId,
        CancellationToken cancellationToken)
    {
        var result = await getReceipt.ExecuteAsync(clinicId, packageId, appointmentId, HttpAccessGate.AccessOf(request).Scope, cancellationToken);
        // One URL, two formats, a patient's data: caches key on Accept and keep nothing shared.
        request.HttpContext.Response.Headers.Vary = "Accept";
        request.HttpContext.Response.Headers.CacheControl = "private, no-store";
        if (result.IsSuccess && AcceptHeader.Prefers(request, ReceiptPdf.MediaType))
        {
            return new DocumentResponse(ReceiptPdf.Render(result.Value.Receipt.ToResponse(result.Value.Clinic)), ReceiptPdf.MediaType, $"receipt-{appointmentId}.pdf");
        }

        return ApiResults.Ok(result, request, r => r.Receipt.ToResponse(r.Clinic));
    }
}
