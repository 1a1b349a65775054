using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>Read → decide → conditional replace for one offer, decided again when another write wins.</summary>
public sealed class OfferUpdater(IOfferStore offers)
{
    public const int MaxAttempts = 5;

    public async Task<Result<Offer>> UpdateAsync(string clinicId, string offerId, Func<Offer, Result<Offer>> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = Identifiers.IsValid(offerId) ? await offers.FindAsync(clinicId, offerId, cancellationToken) : null;
            if (stored is null)
            {
                return ApplicationErrors.OfferNotFound(offerId);
            }

            var decided = decide(stored.Value);
            if (!decided.IsSuccess || decided.Value == stored.Value || await offers.TryReplaceAsync(decided.Value, stored.ETag, cancellationToken))
            {
                return decided;
            }
        }

        return ApplicationErrors.ConcurrencyConflict;
    }
}
