using Packages.Domain.Common;

namespace Packages.Application.Common;

/// <summary>Refusals that come from the use cases rather than from one aggregate's rules.</summary>
public static class ApplicationErrors
{
    public static DomainError ClinicNotFound(string clinicId) =>
        new("clinic-not-found", ErrorKind.NotFound, $"Clinic '{clinicId}' is not registered.");

    public static DomainError OfferNotFound(string offerId) =>
        new("offer-not-found", ErrorKind.NotFound, $"Offer '{offerId}' was not found in this clinic.");

    public static readonly DomainError IdempotencyKeyReused =
        new("idempotency-key-reused", ErrorKind.Unprocessable,
            "This Idempotency-Key was already used for a different request; use a new key for a new request.");
}
