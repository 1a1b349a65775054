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
    /// <summary>
    /// PDF only when the Accept header names it and prefers it to JSON (a higher q, or listed first at the same q);
    /// JSON also stands behind */* and application/*, so a browser's Accept gets JSON. Media types compare case-insensitively.
    /// </summary>
    private static bool AcceptsPdf(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Where(a => (a.Quality ?? 1) > 0)
            .Select(a => (Pdf: string.Equals(a.MediaType.Value, ReceiptPdf.MediaType, StringComparison.OrdinalIgnoreCase),
                Json: a.MediaType.Value?.ToLowerInvariant() is "application/json" or "application/*" or "*/*", Quality: a.Quality ?? 1))
            .Where(a => a.Pdf || a.Json)
            .OrderByDescending(a => a.Quality)
            .FirstOrDefault() is { Pdf: true };

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
        if (result.IsSuccess && AcceptsPdf(request))
        {
            return new DocumentResponse(ReceiptPdf.Render(result.Value.Receipt.ToResponse(result.Value.Clinic)), ReceiptPdf.MediaType, $"receipt-{appointmentId}.pdf");
        }

        return ApiResults.Ok(result, request, r => r.Receipt.ToResponse(r.Clinic));
    }
}
