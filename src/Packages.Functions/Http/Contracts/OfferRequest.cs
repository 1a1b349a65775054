using Packages.Application.Offers;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>An offer's terms, to create it or to revise it for future sales.</summary>
public sealed record OfferRequest(
    string? Name,
    MoneyDto? Price,
    int Sessions,
    string[]? EligibleServiceTypes,
    Dictionary<string, int>? ServiceTypeCaps,
    ExpiryPolicyDto? DefaultExpiry,
    bool AllowInstallments,
    LateCancelPolicy? LateCancelPolicy)
{
    public OfferTermsInput ToInput() => new(
        Name, Price?.AmountMinor ?? 0, Price?.Currency, Sessions, EligibleServiceTypes, ServiceTypeCaps,
        DefaultExpiry?.Count, DefaultExpiry?.Unit, AllowInstallments, LateCancelPolicy);
}
