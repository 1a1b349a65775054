using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// The terms an offer sells. They are copied onto every sold package (a snapshot), so editing the
/// offer later never changes packages already sold.
/// </summary>
public sealed partial record PackageTerms
{
    public const int MaxSessions = 1000;
    public const int MaxServiceTypes = 50;

    /// <summary>The most clients besides the owner an offer may let share one package (a family).</summary>
    public const int MaxBeneficiariesLimit = 10;

    /// <summary>The most days a package may be frozen in one calendar year (every day of a leap year).</summary>
    public const int MaxFreezeDaysLimit = 366;

    private PackageTerms(
        string name,
        Money price,
        int sessions,
        IReadOnlyList<string> eligibleServiceTypes,
        IReadOnlyDictionary<string, int> serviceTypeCaps,
        ExpiryPolicy defaultExpiry,
        bool allowInstallments,
        LateCancelPolicy lateCancelPolicy,
        int maxBeneficiaries,
        int? sessionsPerClient,
        IReadOnlyList<Money>? sessionValues,
        RefundPolicy refundPolicy,
        Money? listPricePerSession,
        int maxFreezeDaysPerYear)
    {
        Name = name;
        Price = price;
        Sessions = sessions;
        EligibleServiceTypes = eligibleServiceTypes;
        ServiceTypeCaps = serviceTypeCaps;
        DefaultExpiry = defaultExpiry;
        AllowInstallments = allowInstallments;
        LateCancelPolicy = lateCancelPolicy;
        MaxBeneficiaries = maxBeneficiaries;
        SessionsPerClient = sessionsPerClient;
        SessionValues = sessionValues;
        RefundPolicy = refundPolicy;
        ListPricePerSession = listPricePerSession;
        MaxFreezeDaysPerYear = maxFreezeDaysPerYear;
    }

    public string Name { get; }

    public Money Price { get; }

    /// <summary>The global session cap.</summary>
    public int Sessions { get; }

    public IReadOnlyList<string> EligibleServiceTypes { get; }

    /// <summary>Optional per-service-type caps, enforced together with the global cap.</summary>
    public IReadOnlyDictionary<string, int> ServiceTypeCaps { get; }

    public ExpiryPolicy DefaultExpiry { get; }

    /// <summary>When true, sessions unlock as payments cover their value instead of at full payment.</summary>
    public bool AllowInstallments { get; }

    /// <summary>Whether a late cancel or no-show forfeits the session or gives it back.</summary>
    public LateCancelPolicy LateCancelPolicy { get; }

    /// <summary>How many clients besides the owner may be named to share a package (0: the owner only).</summary>
    public int MaxBeneficiaries { get; }

    /// <summary>Optional: at most this many sessions of one package for any one client (owner or beneficiary).</summary>
    public int? SessionsPerClient { get; }

    /// <summary>
    /// Set only on a package made of sessions moved out of another: each session keeps the value it had there
    /// (its original allocation), so the receipts of both packages still add up to what was paid.
    /// </summary>
    public IReadOnlyList<Money>? SessionValues { get; }

    /// <summary>How a refund is computed (the offer's at the sale).</summary>
    public RefundPolicy RefundPolicy { get; }

    /// <summary>Optional: what one session costs on its own, for receipts and the used-at-list-price refund.</summary>
    public Money? ListPricePerSession { get; }

    /// <summary>How many days of a calendar year (clinic's zone) staff may freeze a package; 0: freezing is not offered.</summary>
    public int MaxFreezeDaysPerYear { get; }

    public bool IsEligible(string serviceType) => EligibleServiceTypes.Contains(serviceType, StringComparer.Ordinal);

    /// <summary>
    /// The value of one session (slot): the price over the sessions, remainder on the last one (Money.ShareOf), or the
    /// value the session carried in the package it was moved from.
    /// </summary>
    public Money SessionValue(int slot) => SessionValues is { } values ? values[slot] : Price.ShareOf(slot, Sessions);

    /// <summary>The value of these sessions together.</summary>
    public Money ValueOf(IEnumerable<int> slots) => slots.Aggregate(Money.Zero(Price.Currency), (sum, slot) => sum.Add(SessionValue(slot)));

    /// <summary>
    /// The terms of a package made of the sessions in <paramref name="slots"/>, moved out of a package sold on these
    /// terms: as many sessions, each with its value here, priced at their sum. Caps apply per package: a cap above
    /// the moved sessions becomes their number. Beneficiaries are the new owner's to name, within the same limit.
    /// </summary>
    public PackageTerms ForMovedSessions(IReadOnlyList<int> slots)
    {
        var values = slots.Order().Select(SessionValue).ToArray();
        var price = ValueOf(slots);
        var caps = ServiceTypeCaps.ToDictionary(c => c.Key, c => Math.Min(c.Value, slots.Count), StringComparer.Ordinal);
        return new PackageTerms(
            Name, price, slots.Count, EligibleServiceTypes, caps, DefaultExpiry, allowInstallments: false, LateCancelPolicy,
            MaxBeneficiaries, SessionsPerClient is { } perClient ? Math.Min(perClient, slots.Count) : null, values, RefundPolicy, ListPricePerSession,
            MaxFreezeDaysPerYear);
    }

    /// <summary>Rebuilds stored terms as they were sold, without re-applying today's validation rules.</summary>
    public static PackageTerms Rehydrate(
        string name,
        Money price,
        int sessions,
        IReadOnlyList<string> eligibleServiceTypes,
        IReadOnlyDictionary<string, int> serviceTypeCaps,
        ExpiryPolicy defaultExpiry,
        bool allowInstallments,
        LateCancelPolicy lateCancelPolicy,
        int maxBeneficiaries = 0,
        int? sessionsPerClient = null,
        IReadOnlyList<Money>? sessionValues = null,
        RefundPolicy? refundPolicy = null,
        Money? listPricePerSession = null,
        int maxFreezeDaysPerYear = 0) =>
        new(name, price, sessions, eligibleServiceTypes, serviceTypeCaps, defaultExpiry, allowInstallments, lateCancelPolicy,
            maxBeneficiaries, sessionsPerClient, sessionValues, refundPolicy ?? RefundPolicy.Default, listPricePerSession, maxFreezeDaysPerYear);

    public static Result<PackageTerms> Create(
        string? name,
        Money price,
        int sessions,
        IReadOnlyCollection<string>? eligibleServiceTypes,
        IReadOnlyDictionary<string, int>? serviceTypeCaps,
        ExpiryPolicy defaultExpiry,
        bool allowInstallments,
        LateCancelPolicy lateCancelPolicy = LateCancelPolicy.Forfeit,
        int maxBeneficiaries = 0,
        int? sessionsPerClient = null,
        RefundPolicy? refundPolicy = null,
        Money? listPricePerSession = null,
        int maxFreezeDaysPerYear = 0,
        bool valuedByDays = false)
    {
        var refunds = refundPolicy ?? RefundPolicy.Default;
        var types = eligibleServiceTypes ?? [];
        var caps = serviceTypeCaps ?? new Dictionary<string, int>();
        var errors = new FieldErrors()
            .Require(Text.IsValid(name, Text.MaxNameLength), "name", $"Give a name of 1-{Text.MaxNameLength} characters, without control characters.")
            .Require(sessions is >= 1 and <= MaxSessions, "sessions", $"Give 1-{MaxSessions} sessions.")
            .Require(Money.IsPositiveAmount(price.AmountMinor), "price.amountMinor", $"The price must be 1-{Money.MaxAmountMinor} minor units.")
            .Require(valuedByDays || price.AmountMinor >= sessions, "price.amountMinor",
                "The price must give every session a non-zero value (at least one minor unit per session).")
            .Require(types.Count is >= 1 and <= MaxServiceTypes, "eligibleServiceTypes", $"Name 1-{MaxServiceTypes} service types.")
            .Require(types.All(Identifiers.IsValid), "eligibleServiceTypes", Identifiers.Message("each service type"))
            .Require(types.Distinct(StringComparer.Ordinal).Count() == types.Count, "eligibleServiceTypes", "List each service type once.")
            .Require(Enum.IsDefined(lateCancelPolicy), "lateCancelPolicy", "Use forfeit or return.")
            .Require(maxBeneficiaries is >= 0 and <= MaxBeneficiariesLimit, "maxBeneficiaries", $"Give 0-{MaxBeneficiariesLimit} beneficiaries.")
            .Require(sessionsPerClient is null || (sessionsPerClient >= 1 && sessionsPerClient <= sessions), "sessionsPerClient",
                "A per-client limit must be between 1 and the number of sessions.")
            .Require(listPricePerSession is not { } list || (Money.IsPositiveAmount(list.AmountMinor) && list.Currency == price.Currency),
                "listPricePerSession", $"Give 1-{Money.MaxAmountMinor} minor units in the price's currency.")
            .Require(listPricePerSession is not { } listed || listed.AmountMinor >= (price.AmountMinor + sessions - 1) / sessions, "listPricePerSession",
                "The list price of one session cannot be below the package's price per session (it is what the package discounts).")
            .Require(maxFreezeDaysPerYear is >= 0 and <= MaxFreezeDaysLimit, "maxFreezeDaysPerYear", $"Give 0-{MaxFreezeDaysLimit} days (0: no freezing).")
            .Require(refunds.Method != RefundMethod.UsedAtListPrice || listPricePerSession is not null, "refundPolicy.method",
                "Re-pricing used sessions at list price needs the offer's listPricePerSession.");
        foreach (var (type, cap) in caps)
        {
            errors.Require(types.Contains(type, StringComparer.Ordinal), $"serviceTypeCaps.{type}", "A capped service type must be eligible.")
                  .Require(cap >= 1 && cap <= sessions, $"serviceTypeCaps.{type}", "A cap must be between 1 and the number of sessions.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        return new PackageTerms(
            name!.Trim(),
            price,
            sessions,
            types.ToArray(),
            new Dictionary<string, int>(caps, StringComparer.Ordinal),
            defaultExpiry,
            allowInstallments,
            lateCancelPolicy,
            maxBeneficiaries,
            sessionsPerClient,
            null,
            refunds,
            listPricePerSession,
            maxFreezeDaysPerYear);
    }
}
