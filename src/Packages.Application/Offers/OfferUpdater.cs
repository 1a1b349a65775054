using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>Read → decide → conditional replace for one offer, in the one conflict-retry loop (<see cref="ConflictRetry"/>).</summary>
public sealed class OfferUpdater(IOfferStore offers)
{
    public Task<Result<Offer>> UpdateAsync(string clinicId, string offerId, Func<Offer, Result<Offer>> decide, CancellationToken cancellationToken) =>
        ConflictRetry.RunAsync<Offer>(async _ =>
        {
            var stored = Identifiers.IsValid(offerId) ? await offers.FindAsync(clinicId, offerId, cancellationToken) : null;
            if (stored is null)
            {
                return ApplicationErrors.OfferNotFound(offerId);
            }

            var decided = decide(stored.Value);
            return !decided.IsSuccess || decided.Value == stored.Value || await offers.TryReplaceAsync(decided.Value, stored.ETag, cancellationToken)
                ? decided
                : (Result<Offer>?)null;
        }, cancellationToken);
}
