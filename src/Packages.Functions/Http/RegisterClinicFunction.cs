using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Clinics;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Http;

public sealed class RegisterClinicFunction(RegisterClinic registerClinic)
{
    [Function(nameof(RegisterClinic))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "clinics/{clinicId}")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RegisterClinicRequest>(request, cancellationToken);
        if (!body.IsSuccess)
        {
            return ProblemResults.From(body.Error!, request);
        }

        var result = await registerClinic.ExecuteAsync(
            new RegisterClinicCommand(clinicId, body.Value.Name, body.Value.TimeZone), cancellationToken);
        return ApiResults.Ok(result, request, clinic => clinic.ToResponse());
    }
}
