using Packages.Domain.Common;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
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
    [property: JsonRequired, MaxLength(Text.MaxNameLength)] string? Name,
    [property: JsonRequired] MoneyRequest? Price,
    [property: JsonRequired, Range(1, PackageTerms.MaxSessions)] int? Sessions,
    [property: JsonRequired, MinLength(1), MaxLength(PackageTerms.MaxServiceTypes), RegularExpression(Identifiers.RegularExpression)] string[]? EligibleServiceTypes,
    [property: Range(1, PackageTerms.MaxSessions), Description("At most this many sessions of a service type (absent: only the package's total limits it).")] Dictionary<string, int>? ServiceTypeCaps,
    [property: Description("How long a sold package lasts; absent or null: never expires.")] ExpiryPolicyRequest? DefaultExpiry,
    [property: DefaultValue(false), Description("Whether use is allowed as far as payments so far cover it.")] bool? AllowInstallments,
    [property: DefaultValue(global::Packages.Domain.Offers.LateCancelPolicy.Forfeit)] LateCancelPolicy? LateCancelPolicy)
{
    public OfferTermsInput ToInput() => new(
        Name, Price?.AmountMinor, Price?.Currency, Sessions, EligibleServiceTypes, ServiceTypeCaps,
        DefaultExpiry is null ? null : new ExpiryInput(DefaultExpiry.Count, DefaultExpiry.Unit),
        AllowInstallments ?? false, LateCancelPolicy);
}
