using Packages.Domain.Common;

namespace Packages.Application.Common;

/// <summary>Refusals that come from the use cases rather than from one aggregate's rules.</summary>
public static class ApplicationErrors
{
    public static DomainError ClinicNotFound(string clinicId) =>
        new(ErrorCodes.ClinicNotFound, ErrorKind.NotFound, $"Clinic '{clinicId}' is not registered.");

    /// <summary>A patient asking for another client's packages: as for any package outside their scope, nothing is revealed.</summary>
    public static DomainError ClientNotFound(string clientId) =>
        new(ErrorCodes.ClientNotFound, ErrorKind.NotFound, $"No client '{clientId}' is visible to you in this clinic.");

    public static DomainError OfferNotFound(string offerId) =>
        new(ErrorCodes.OfferNotFound, ErrorKind.NotFound, $"Offer '{offerId}' was not found in this clinic.");

    public static readonly DomainError IdempotencyKeyReused =
        new(ErrorCodes.IdempotencyKeyReused, ErrorKind.Unprocessable,
            "This Idempotency-Key was already used for a different request; use a new key for a new request.");

    public static readonly DomainError IdempotencyRequestInProgress =
        new(ErrorCodes.IdempotencyRequestInProgress, ErrorKind.Conflict,
            "A request with this Idempotency-Key is still being processed; retry after the indicated delay to receive its response.");

    public static readonly DomainError ConcurrencyConflict =
        new(ErrorCodes.ConcurrencyConflict, ErrorKind.Conflict, "The resource kept changing under this request; retry it.");

    public static readonly DomainError InvalidContinuationToken =
        DomainError.Validation("continuationToken", "This continuation token is not valid here; start again without it.");

    public static DomainError TooManyRows(int max) =>
        DomainError.Validation("packages", $"Send 1-{max} rows per request.");
}
