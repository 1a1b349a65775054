using Packages.Domain.Clinics;
using Packages.Domain.Offers;

namespace Packages.Application.Ports;

public interface IOfferStore
{
    Task<CreateOutcome> TryCreateAsync(Offer offer, string fingerprint, CancellationToken cancellationToken);

    Task<Offer?> FindAsync(string clinicId, string offerId, CancellationToken cancellationToken);

    /// <summary>The clinic and one of its offers, read together (a sale needs both).</summary>
    Task<(Clinic? Clinic, Offer? Offer)> FindWithClinicAsync(string clinicId, string offerId, CancellationToken cancellationToken);
}
