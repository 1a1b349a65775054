using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>The clinic and offer a sale or an enrolment names for a client, once both ids are valid and both exist.</summary>
public static class OfferForClient
{
    public static async Task<Result<(Clinic Clinic, Offer Offer)>> FindAsync(
        this IOfferStore offers, string clinicId, string? offerId, string? clientId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(offerId), "offerId", "Give the offer's id.")
            .Require(Identifiers.IsValid(clientId), "clientId", Identifiers.Message("the client's id"));
        if (errors.Any)
        {
            return errors.ToError();
        }

        var (clinic, offer) = await offers.FindWithClinicAsync(clinicId, offerId!, cancellationToken);
        return clinic is null ? ApplicationErrors.ClinicNotFound(clinicId)
            : offer is null ? ApplicationErrors.OfferNotFound(offerId!)
            : (clinic, offer);
    }
}
