using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

public sealed class GetOffer(IOfferStore offers)
{
    public async Task<Result<Offer>> ExecuteAsync(string clinicId, string offerId, CancellationToken cancellationToken)
    {
        var stored = Identifiers.IsValid(offerId) ? await offers.FindAsync(clinicId, offerId, cancellationToken) : null;
        return stored is null ? ApplicationErrors.OfferNotFound(offerId) : stored.Value;
    }
}
