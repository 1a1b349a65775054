using System.Text.Json.Serialization;
using Packages.Domain.Offers;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record TermsDocument(
    string Name,
    MoneyDocument Price,
    int Sessions,
    string[] EligibleServiceTypes,
    Dictionary<string, int> ServiceTypeCaps,
    ExpiryPolicyDocument? DefaultExpiry,
    bool AllowInstallments,
    LateCancelPolicy LateCancelPolicy = LateCancelPolicy.Forfeit)
{
    /// <summary>Clients besides the owner who may be named to share it; absent for 0.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int MaxBeneficiaries { get; init; }

    public int? SessionsPerClient { get; init; }

    /// <summary>A package made of moved sessions: each session's value (minor units) in the package it came from.</summary>
    public long[]? SessionValues { get; init; }

    /// <summary>Absent: the default policy (unused sessions at their allocated value, no fee).</summary>
    public RefundPolicyDocument? RefundPolicy { get; init; }

    public MoneyDocument? ListPricePerSession { get; init; }

    /// <summary>Days a year a package may be frozen; absent while 0 (no freezing).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public int MaxFreezeDaysPerYear { get; init; }
}
