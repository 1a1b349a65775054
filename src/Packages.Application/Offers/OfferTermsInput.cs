using Packages.Application.Common;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>Offer terms as a caller sends them, before validation.</summary>
public sealed record OfferTermsInput(
    string? Name,
    long PriceMinor,
    string? Currency,
    int Sessions,
    IReadOnlyCollection<string>? EligibleServiceTypes,
    IReadOnlyDictionary<string, int>? ServiceTypeCaps,
    int? ExpiryCount,
    ExpiryUnit? ExpiryUnit,
    bool AllowInstallments,
    LateCancelPolicy? LateCancelPolicy)
{
    public Result<PackageTerms> ToTerms()
    {
        if (!Money.IsCurrencyCode(Currency))
        {
            return DomainError.Validation("price.currency", "Give an ISO 4217 currency code in capitals, e.g. CAD.");
        }

        var expiry = ExpiryCount is null && ExpiryUnit is null
            ? ExpiryPolicy.Never
            : ExpiryCount is { } count && ExpiryUnit is { } unit
                ? ExpiryPolicy.After(count, unit)
                : DomainError.Validation("defaultExpiry", "Give both a count and a unit, or neither for no expiry.");
        if (!expiry.IsSuccess)
        {
            return expiry.Error!;
        }

        return PackageTerms.Create(
            Name, new Money(PriceMinor, Currency!), Sessions, EligibleServiceTypes, ServiceTypeCaps, expiry.Value,
            AllowInstallments, LateCancelPolicy ?? Domain.Offers.LateCancelPolicy.Forfeit);
    }

    /// <summary>A stable digest of the terms, to tell an idempotent retry from a reused key.</summary>
    public string Fingerprint() => RequestIdentity.Fingerprint(
        Name, PriceMinor, Currency, Sessions,
        string.Join(',', EligibleServiceTypes ?? []),
        string.Join(',', (ServiceTypeCaps ?? new Dictionary<string, int>()).OrderBy(p => p.Key, StringComparer.Ordinal)),
        ExpiryCount, ExpiryUnit, AllowInstallments, LateCancelPolicy);
}
