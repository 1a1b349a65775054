using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>Defines a package offer for a registered clinic. Idempotent with an Idempotency-Key.</summary>
public sealed class CreateOffer(IClinicStore clinics, IOfferStore offers, TimeProvider time)
{
    public async Task<Result<Offer>> ExecuteAsync(CreateOfferCommand command, CancellationToken cancellationToken)
    {
        var terms = BuildTerms(command);
        if (!terms.IsSuccess)
        {
            return terms.Error!;
        }

        if (await clinics.FindAsync(command.ClinicId, cancellationToken) is null)
        {
            return ApplicationErrors.ClinicNotFound(command.ClinicId);
        }

        var id = RequestIdentity.IdFor(command.ClinicId, "create-offer", command.IdempotencyKey);
        var offer = new Offer(id, command.ClinicId, terms.Value, OfferStatus.Active, time.GetUtcNow());
        var outcome = await offers.TryCreateAsync(offer, Fingerprint(command), cancellationToken);
        if (outcome.Created)
        {
            return offer;
        }

        return outcome.ExistingFingerprint == Fingerprint(command)
            ? (await offers.FindAsync(command.ClinicId, id, cancellationToken))!
            : ApplicationErrors.IdempotencyKeyReused;
    }

    private static Result<PackageTerms> BuildTerms(CreateOfferCommand c)
    {
        if (!Money.IsCurrencyCode(c.Currency))
        {
            return DomainError.Validation("price.currency", "Give an ISO 4217 currency code in capitals, e.g. CAD.");
        }

        var expiry = c.ExpiryCount is null && c.ExpiryUnit is null
            ? ExpiryPolicy.Never
            : c.ExpiryCount is { } count && c.ExpiryUnit is { } unit
                ? ExpiryPolicy.After(count, unit)
                : DomainError.Validation("defaultExpiry", "Give both a count and a unit, or neither for no expiry.");
        if (!expiry.IsSuccess)
        {
            return expiry.Error!;
        }

        return PackageTerms.Create(
            c.Name, new Money(c.PriceMinor, c.Currency!), c.Sessions, c.EligibleServiceTypes,
            c.ServiceTypeCaps, expiry.Value, c.AllowInstallments);
    }

    private static string Fingerprint(CreateOfferCommand c) => RequestIdentity.Fingerprint(
        c.Name, c.PriceMinor, c.Currency, c.Sessions,
        string.Join(',', c.EligibleServiceTypes ?? []),
        string.Join(',', (c.ServiceTypeCaps ?? new Dictionary<string, int>()).OrderBy(p => p.Key, StringComparer.Ordinal)),
        c.ExpiryCount, c.ExpiryUnit, c.AllowInstallments);
}
