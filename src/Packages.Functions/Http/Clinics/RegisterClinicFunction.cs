using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Clinics;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Clinics;

public sealed class RegisterClinicFunction(RegisterClinic registerClinic)
{
    [Function(nameof(RegisterClinic))]
    [ApiOperation("Clinics", "Register or update a clinic: its name and IANA time zone", Request = typeof(RegisterClinicRequest), Response = typeof(ClinicResponse), ResponseDescription = "the clinic as registered")]
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "clinics/{clinicId}")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<RegisterClinicRequest>(request, cancellationToken, async body =>
            ApiResults.Ok(await registerClinic.ExecuteAsync(new RegisterClinicCommand(clinicId, body.Name, body.TimeZone, body.Reminders?.ExpiringSoonDays, body.Reminders?.SessionsLowAt,
                body.OnlinePurchases?.HoldHours, body.OnlinePurchases?.MaxUnpaidPerClient,
                body.ReceiptDetails?.LegalName, body.ReceiptDetails?.Address, body.ReceiptDetails?.TaxNumber, body.MembershipGraceDays), cancellationToken),
                request, clinic => clinic.ToResponse()));
}
