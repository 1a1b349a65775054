using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>Stops an offer from being sold. Packages already sold are untouched.</summary>
public sealed class ArchiveOffer(OfferUpdater updater, TimeProvider time)
{
    public Task<Result<Offer>> ExecuteAsync(string clinicId, string offerId, CancellationToken cancellationToken) =>
        updater.UpdateAsync(clinicId, offerId, offer => offer.Archive(time.GetUtcNow()), cancellationToken);
}
