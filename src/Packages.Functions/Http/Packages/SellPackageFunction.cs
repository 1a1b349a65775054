using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Packages;

public sealed class SellPackageFunction(SellPackage sellPackage, TimeProvider time)
{
    [Function(nameof(SellPackage))]
    [RequiresClinicRole(ClinicRole.Admin, ClinicRole.Staff)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages")] HttpRequest request,
        string clinicId,
        CancellationToken cancellationToken)
    {
        var key = IdempotencyKey.Read(request);
        var body = await JsonBody.ReadAsync<SellPackageRequest>(request, cancellationToken);
        if ((key.Error ?? body.Error) is { } error)
        {
            return ProblemResults.From(error, request);
        }

        var command = new SellPackageCommand(clinicId, body.Value.OfferId, body.Value.ClientId, key.Value, HttpAccessGate.AccessOf(request).Actor);
        var result = await sellPackage.ExecuteAsync(command, cancellationToken);
        return ApiResults.Created(result, request, package => package.ToResponse(time.GetUtcNow()),
            package => $"/api/clinics/{package.ClinicId}/packages/{package.Id}");
    }
}
