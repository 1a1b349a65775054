using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// The terms an offer sells. They are copied onto every sold package (a snapshot), so editing the
/// offer later never changes packages already sold.
/// </summary>
public sealed record PackageTerms
{
    public const int MaxSessions = 1000;
    public const int MaxServiceTypes = 50;

    private PackageTerms(
        string name,
        Money price,
        int sessions,
        IReadOnlyList<string> eligibleServiceTypes,
        IReadOnlyDictionary<string, int> serviceTypeCaps,
        ExpiryPolicy defaultExpiry,
        bool allowInstallments,
        LateCancelPolicy lateCancelPolicy)
    {
        Name = name;
        Price = price;
        Sessions = sessions;
        EligibleServiceTypes = eligibleServiceTypes;
        ServiceTypeCaps = serviceTypeCaps;
        DefaultExpiry = defaultExpiry;
        AllowInstallments = allowInstallments;
        LateCancelPolicy = lateCancelPolicy;
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

    public bool IsEligible(string serviceType) => EligibleServiceTypes.Contains(serviceType, StringComparer.Ordinal);

    /// <summary>The value of one session (slot): the price over the sessions, remainder on the last one (Money.ShareOf).</summary>
    public Money SessionValue(int slot) => Price.ShareOf(slot, Sessions);

    /// <summary>Rebuilds stored terms as they were sold, without re-applying today's validation rules.</summary>
    public static PackageTerms Rehydrate(
        string name,
        Money price,
        int sessions,
        IReadOnlyList<string> eligibleServiceTypes,
        IReadOnlyDictionary<string, int> serviceTypeCaps,
        ExpiryPolicy defaultExpiry,
        bool allowInstallments,
        LateCancelPolicy lateCancelPolicy) =>
        new(name, price, sessions, eligibleServiceTypes, serviceTypeCaps, defaultExpiry, allowInstallments, lateCancelPolicy);

    public static Result<PackageTerms> Create(
        string? name,
        Money price,
        int sessions,
        IReadOnlyCollection<string>? eligibleServiceTypes,
        IReadOnlyDictionary<string, int>? serviceTypeCaps,
        ExpiryPolicy defaultExpiry,
        bool allowInstallments,
        LateCancelPolicy lateCancelPolicy = LateCancelPolicy.Forfeit)
    {
        var types = eligibleServiceTypes ?? [];
        var caps = serviceTypeCaps ?? new Dictionary<string, int>();
        var errors = new FieldErrors()
            .Require(Text.IsValid(name, Text.MaxNameLength), "name", $"Give a name of 1-{Text.MaxNameLength} characters, without control characters.")
            .Require(sessions is >= 1 and <= MaxSessions, "sessions", $"Give 1-{MaxSessions} sessions.")
            .Require(Money.IsPositiveAmount(price.AmountMinor), "price.amountMinor", $"The price must be 1-{Money.MaxAmountMinor} minor units.")
            .Require(price.AmountMinor >= sessions, "price.amountMinor",
                "The price must give every session a non-zero value (at least one minor unit per session).")
            .Require(types.Count is >= 1 and <= MaxServiceTypes, "eligibleServiceTypes", $"Name 1-{MaxServiceTypes} service types.")
            .Require(types.All(Identifiers.IsValid), "eligibleServiceTypes", Identifiers.Message("each service type"))
            .Require(types.Distinct(StringComparer.Ordinal).Count() == types.Count, "eligibleServiceTypes", "List each service type once.")
            .Require(Enum.IsDefined(lateCancelPolicy), "lateCancelPolicy", "Use forfeit or return.");
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
            lateCancelPolicy);
    }
}
