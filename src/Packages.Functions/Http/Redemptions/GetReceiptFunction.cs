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
        return AlternateFormat.Respond(
            request, result, r => r.Receipt.ToResponse(r.Clinic), ReceiptPdf.MediaType, ReceiptPdf.Render, _ => $"receipt-{appointmentId}.pdf");
    }
}
