using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>A membership period's terms with the sessions carried into it from the period before.</summary>
public sealed partial record PackageTerms
{
    /// <summary>
    /// One period's terms plus <paramref name="rolled"/> sessions carried over, each keeping the value it had in its own
    /// period: the period's sessions come first (its price spread over them, remainder on the last), the carried ones
    /// after, and the price is their sum, so the receipts of both periods still add up to what was paid for each.
    /// </summary>
    public PackageTerms WithRollover(IReadOnlyList<Money> rolled)
    {
        if (rolled.Count == 0)
        {
            return this;
        }

        Money[] values = [.. Enumerable.Range(0, Sessions).Select(SessionValue), .. rolled];
        var price = rolled.Aggregate(Price, (sum, value) => sum.Add(value));
        return Resized(price, values.Length, values);
    }

    /// <summary>The period's own terms, without the <paramref name="rolled"/> sessions <see cref="WithRollover"/> added.</summary>
    public PackageTerms WithoutRollover(int rolled)
    {
        if (rolled == 0)
        {
            return this;
        }

        var own = Sessions - rolled;
        var price = Enumerable.Range(own, rolled).Aggregate(Price, (sum, slot) => sum.Subtract(SessionValue(slot)));
        return Resized(price, own, null);
    }

    private PackageTerms Resized(Money price, int sessions, IReadOnlyList<Money>? values) =>
        new(Name, price, sessions, EligibleServiceTypes, ServiceTypeCaps, DefaultExpiry, AllowInstallments, LateCancelPolicy,
            MaxBeneficiaries, SessionsPerClient, values, RefundPolicy, ListPricePerSession, MaxFreezeDaysPerYear);
}
