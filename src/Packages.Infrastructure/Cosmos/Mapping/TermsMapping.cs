using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class TermsMapping
{
    public static MoneyDocument ToDocument(this Money money) => new(money.AmountMinor, money.Currency);

    public static Money ToMoney(this MoneyDocument document) => new(document.AmountMinor, document.Currency);

    public static TermsDocument ToDocument(this PackageTerms terms) => new(
        terms.Name,
        terms.Price.ToDocument(),
        terms.Sessions,
        [.. terms.EligibleServiceTypes],
        new Dictionary<string, int>(terms.ServiceTypeCaps, StringComparer.Ordinal),
        terms.DefaultExpiry.NeverExpires ? null : new ExpiryPolicyDocument(terms.DefaultExpiry.Count!.Value, terms.DefaultExpiry.Unit!.Value),
        terms.AllowInstallments,
        terms.LateCancelPolicy)
    {
        MaxBeneficiaries = terms.MaxBeneficiaries,
        SessionsPerClient = terms.SessionsPerClient,
        SessionValues = terms.SessionValues is { } values ? [.. values.Select(v => v.AmountMinor)] : null,
        RefundPolicy = terms.RefundPolicy == Domain.Offers.RefundPolicy.Default
            ? null : new RefundPolicyDocument(terms.RefundPolicy.Method, terms.RefundPolicy.FeeFixedMinor, terms.RefundPolicy.FeeBasisPoints),
        ListPricePerSession = terms.ListPricePerSession?.ToDocument(),
        MaxFreezeDaysPerYear = terms.MaxFreezeDaysPerYear,
    };

    public static PackageTerms ToTerms(this TermsDocument document) => PackageTerms.Rehydrate(
        document.Name,
        document.Price.ToMoney(),
        document.Sessions,
        document.EligibleServiceTypes,
        new Dictionary<string, int>(document.ServiceTypeCaps ?? [], StringComparer.Ordinal),
        document.DefaultExpiry is { } e ? ExpiryPolicy.Rehydrate(e.Count, e.Unit) : ExpiryPolicy.Never,
        document.AllowInstallments,
        document.LateCancelPolicy,
        document.MaxBeneficiaries,
        document.SessionsPerClient,
        document.SessionValues is { } values ? [.. values.Select(v => new Money(v, document.Price.Currency))] : null,
        document.RefundPolicy is { } r ? new RefundPolicy(r.Method, r.FeeFixedMinor, r.FeeBasisPoints) : null,
        document.ListPricePerSession?.ToMoney(),
        document.MaxFreezeDaysPerYear);
}
