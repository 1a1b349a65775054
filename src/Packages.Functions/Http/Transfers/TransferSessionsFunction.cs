using Packages.Domain.Common;
using Packages.Functions.Http.Documentation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Application.Access;
using Packages.Application.Packages;
using Packages.Functions.Http.Contracts;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Transfers;

public sealed class TransferSessionsFunction(TransferSessions transferSessions, TimeProvider time)
{
    [Function(nameof(TransferSessions))]
    [ApiOperation("Transfers", "Move unused, paid sessions to a new package of another client; each keeps its value (Idempotency-Key required: repeating finishes the same move)", Request = typeof(TransferSessionsRequest), Response = typeof(SessionTransferResponse), Status = 201, ResponseDescription = "the source package and the new package", Problems = [ErrorCodes.PackageNotFound, ErrorCodes.ManagedByMembership, ErrorCodes.PackageNotPaid, ErrorCodes.PackageExpired, ErrorCodes.PackageCancelled, ErrorCodes.PackageRefunded, ErrorCodes.PackageDeleted, ErrorCodes.NotEnoughSessions, ErrorCodes.TransferLimitReached, ErrorCodes.ConcurrencyConflict, ErrorCodes.EventBacklog])]
    [RequiresClinicRole(ClinicRole.Admin)]
    [IdempotencyKeyRequired]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "clinics/{clinicId}/packages/{packageId}/session-transfers")] HttpRequest request,
        string clinicId,
        string packageId,
        CancellationToken cancellationToken) =>
        await JsonBody.HandleAsync<TransferSessionsRequest>(request, cancellationToken, async body =>
        {
            var command = new TransferSessionsCommand(
                clinicId, packageId, body.ToClientId, body.Sessions, body.Reason, IdempotentRequests.CallerScopedKey(request), HttpAccessGate.AccessOf(request).Actor);
            var now = time.GetUtcNow();
            return ApiResults.Created(await transferSessions.ExecuteAsync(command, cancellationToken), request,
                moved => new SessionTransferResponse(moved.Source.ToResponse(now), moved.Received.ToResponse(now)),
                moved => $"/api/clinics/{clinicId}/packages/{moved.Received.Id}");
        });
}
