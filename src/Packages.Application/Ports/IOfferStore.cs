using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Ports;

public interface IOfferStore
{
    Task<CreateOutcome> TryCreateAsync(Offer offer, string fingerprint, CancellationToken cancellationToken);

    Task<Versioned<Offer>?> FindAsync(string clinicId, string offerId, CancellationToken cancellationToken);

    /// <summary>Replaces the offer only if it still has <paramref name="etag"/>; false when another write won.</summary>
    Task<bool> TryReplaceAsync(Offer offer, string etag, CancellationToken cancellationToken);

    /// <summary>One page of offers; a validation error when the continuation token is not one we issued.</summary>
    Task<Result<Page<Offer>>> ListAsync(string clinicId, OfferStatus? status, string? continuationToken, int pageSize, CancellationToken cancellationToken);

    /// <summary>The clinic and one of its offers, read together (a sale needs both).</summary>
    Task<(Clinic? Clinic, Offer? Offer)> FindWithClinicAsync(string clinicId, string offerId, CancellationToken cancellationToken);
}
