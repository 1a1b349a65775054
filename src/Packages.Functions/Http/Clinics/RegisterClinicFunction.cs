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
    [RequiresClinicRole(ClinicRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "clinics/{clinicId}")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RegisterClinicRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return ProblemResults.From(body.Error!, request);
        }

        var result = await registerClinic.ExecuteAsync(new RegisterClinicCommand(clinicId, body.Value.Name, body.Value.TimeZone), cancellationToken);
        return ApiResults.Ok(result, request, clinic => clinic.ToResponse());
    }
}
