using Packages.Application.Common;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

/// <summary>"N units after purchase" as a caller sends it; both parts are needed.</summary>
public sealed record ExpiryInput(int? Count, ExpiryUnit? Unit);

/// <summary>A refund policy as a caller sends it; each part left out keeps its default.</summary>
public sealed record RefundPolicyInput(RefundMethod? Method, long? FeeFixedMinor, int? FeeBasisPoints);

/// <summary>What makes an offer a membership plan, as a caller sends it; each part left out keeps its default.</summary>
public sealed record MembershipInput(MembershipPeriodUnit? Period, int? RolloverMax, int? MinimumPeriods, bool Unlimited = false);

/// <summary>An amount as a caller sends it.</summary>
public sealed record MoneyInput(long? AmountMinor, string? Currency);

/// <summary>
/// Offer terms as a caller sends them, before validation. A null <see cref="Expiry"/> means no expiry. <see cref="SoldOnline"/>
/// is the offer's, not a term a package keeps.
/// </summary>
public sealed record OfferTermsInput(
    string? Name,
    long? PriceMinor,
    string? Currency,
    int? Sessions,
    IReadOnlyCollection<string>? EligibleServiceTypes,
    IReadOnlyDictionary<string, int>? ServiceTypeCaps,
    ExpiryInput? Expiry,
    bool AllowInstallments,
    LateCancelPolicy? LateCancelPolicy,
    int MaxBeneficiaries = 0,
    int? SessionsPerClient = null,
    bool SoldOnline = false,
    RefundPolicyInput? RefundPolicy = null,
    MoneyInput? ListPricePerSession = null,
    int MaxFreezeDaysPerYear = 0,
    MembershipInput? Membership = null)
{
    public Result<PackageTerms> ToTerms()
    {
        var errors = new FieldErrors()
            .Require(Money.IsCurrencyCode(Currency), "price.currency", "Give an ISO 4217 currency code in capitals, e.g. CAD.")
            .Require(Money.IsPositiveAmount(PriceMinor), "price.amountMinor", $"The price must be 1-{Money.MaxAmountMinor} minor units.")
            .Require(SessionsOrCap is >= 1 and <= PackageTerms.MaxSessions, "sessions", $"Give 1-{PackageTerms.MaxSessions} sessions.");
        var expiry = Expiry is null
            ? ExpiryPolicy.Never
            : Expiry is { Count: { } count, Unit: { } unit }
                ? ExpiryPolicy.After(count, unit)
                : DomainError.Validation("defaultExpiry", "Give both a count and a unit, or null for no expiry.");
        if (!expiry.IsSuccess)
        {
            errors.Add("defaultExpiry", expiry.Error!.FieldErrors!.Values.First()[0]);
        }

        var refunds = RefundPolicy is null ? Domain.Offers.RefundPolicy.Default : Domain.Offers.RefundPolicy.Create(RefundPolicy.Method, RefundPolicy.FeeFixedMinor, RefundPolicy.FeeBasisPoints);
        if (!refunds.IsSuccess)
        {
            errors.Add(refunds.Error!.FieldErrors!.Keys.First(), refunds.Error.FieldErrors.Values.First()[0]);
        }

        errors.Require(ListPricePerSession is null || (Money.IsPositiveAmount(ListPricePerSession.AmountMinor) && ListPricePerSession.Currency == Currency),
            "listPricePerSession", $"Give 1-{Money.MaxAmountMinor} minor units in the price's currency.");
        if (errors.Any)
        {
            return errors.ToError();
        }

        return PackageTerms.Create(
            Name, new Money(PriceMinor!.Value, Currency!), SessionsOrCap!.Value, EligibleServiceTypes, ServiceTypeCaps, expiry.Value,
            AllowInstallments, LateCancelPolicy ?? Domain.Offers.LateCancelPolicy.Forfeit, MaxBeneficiaries, SessionsPerClient,
            refunds.Value, ListPricePerSession is null ? null : new Money(ListPricePerSession.AmountMinor!.Value, ListPricePerSession.Currency!),
            MaxFreezeDaysPerYear, valuedByDays: Membership is { Unlimited: true });
    }

    /// <summary>
    /// A stable digest of the terms, to tell an idempotent retry from a reused key. Sharing terms and online sale count
    /// only when set, so terms without them keep the digest they had before they existed.
    /// </summary>
    public string Fingerprint()
    {
        var digest = RequestIdentity.Fingerprint(
            Name, PriceMinor, Currency, Sessions,
            string.Join(',', EligibleServiceTypes ?? []),
            string.Join(',', (ServiceTypeCaps ?? new Dictionary<string, int>()).OrderBy(p => p.Key, StringComparer.Ordinal)),
            Expiry?.Count, Expiry?.Unit, AllowInstallments, LateCancelPolicy);
        var extended = MaxBeneficiaries == 0 && SessionsPerClient is null && !SoldOnline
            ? digest : RequestIdentity.Fingerprint(digest, MaxBeneficiaries, SessionsPerClient, SoldOnline);
        var priced = RefundPolicy is null && ListPricePerSession is null
            ? extended
            : RequestIdentity.Fingerprint(extended, RefundPolicy?.Method, RefundPolicy?.FeeFixedMinor, RefundPolicy?.FeeBasisPoints, ListPricePerSession?.AmountMinor, ListPricePerSession?.Currency);
        var frozen = MaxFreezeDaysPerYear == 0 ? priced : RequestIdentity.Fingerprint(priced, MaxFreezeDaysPerYear);
        var plan = Membership is null ? frozen : RequestIdentity.Fingerprint(frozen, "membership", Membership.Period, Membership.RolloverMax, Membership.MinimumPeriods);
        return Membership is { Unlimited: true } ? RequestIdentity.Fingerprint(plan, "unlimited") : plan;
    }

    /// <summary>
    /// The membership plan, or null for a package offer. A plan's periods are its expiry (no defaultExpiry).
    /// </summary>
    public Result<MembershipPlan?> ToPlan()
    {
        if (Membership is null)
        {
            return Result<MembershipPlan?>.Success(null);
        }

        var errors = new FieldErrors()
            .Require(Expiry is null, "defaultExpiry", "A membership plan's periods end its sessions: leave defaultExpiry out.")
            // An unlimited plan is used up by time: visits neither unlock installments nor price a refund.
            .Require(!Membership.Unlimited || !AllowInstallments, "allowInstallments", "An unlimited plan is paid per period: leave allowInstallments out.")
            .Require(!Membership.Unlimited || RefundPolicy?.Method is null or RefundMethod.UnusedAtAllocatedValue, "refundPolicy.method",
                "An unlimited plan refunds the days not yet used (unusedAtAllocatedValue), not visits at list price.");
        if (errors.Any)
        {
            return errors.ToError();
        }

        return MembershipPlan.Create(Membership.Period, Membership.RolloverMax, Membership.MinimumPeriods, SessionsOrCap ?? 0, Membership.Unlimited, PriceMinor ?? 0)
            .Map(plan => (MembershipPlan?)plan);
    }

    /// <summary>The sessions given, or for an unlimited plan that gives none the largest cap (a bound on one period's document).</summary>
    private int? SessionsOrCap => Sessions ?? (Membership is { Unlimited: true } ? PackageTerms.MaxSessions : null);
}
