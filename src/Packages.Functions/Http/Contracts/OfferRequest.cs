using System.Text.Json.Serialization;
using Packages.Application.Offers;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// An offer's terms, to create it or to revise it for future sales. name, price, sessions and
/// eligibleServiceTypes are required; defaultExpiry (absent or null: packages never expire), serviceTypeCaps
/// (none), allowInstallments (false) and lateCancelPolicy (forfeit) may be left out. A defaultExpiry that is
/// given needs both its count and its unit.
/// </summary>
public sealed record OfferRequest(
    [property: JsonRequired] string? Name,
    [property: JsonRequired] MoneyRequest? Price,
    [property: JsonRequired] int? Sessions,
    [property: JsonRequired] string[]? EligibleServiceTypes,
    Dictionary<string, int>? ServiceTypeCaps,
    ExpiryPolicyDto? DefaultExpiry,
    bool? AllowInstallments,
    LateCancelPolicy? LateCancelPolicy)
{
    public OfferTermsInput ToInput() => new(
        Name, Price?.AmountMinor, Price?.Currency, Sessions, EligibleServiceTypes, ServiceTypeCaps,
        DefaultExpiry is null ? null : new ExpiryInput(DefaultExpiry.Count, DefaultExpiry.Unit),
        AllowInstallments ?? false, LateCancelPolicy);
}
