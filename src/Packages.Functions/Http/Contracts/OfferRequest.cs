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
/// (none), allowInstallments (false), lateCancelPolicy (forfeit), maxBeneficiaries (0), sessionsPerClient (none) and
/// soldOnline (false) may be left out. A defaultExpiry that is
/// given needs both its count and its unit.
/// </summary>
public sealed record OfferRequest(
    [property: JsonRequired, MaxLength(Text.MaxNameLength), RegularExpression(Text.NotBlankPattern)] string? Name,
    [property: JsonRequired] MoneyRequest? Price,
    [property: Range(1, PackageTerms.MaxSessions), Description("Required, except for an unlimited membership plan: its cap of visits per period (absent: 1000).")] int? Sessions,
    [property: JsonRequired, MinLength(1), MaxLength(PackageTerms.MaxServiceTypes), RegularExpression(Identifiers.RegularExpression)] string[]? EligibleServiceTypes,
    [property: MaxLength(PackageTerms.MaxServiceTypes), Description("Per service type, at most this many sessions (absent: only the package's total limits it); each service type once.")] ServiceTypeCapRequest[]? ServiceTypeCaps,
    [property: Description("How long a sold package lasts; absent or null: never expires.")] ExpiryPolicyRequest? DefaultExpiry,
    [property: DefaultValue(false), Description("Whether use is allowed as far as payments so far cover it.")] bool? AllowInstallments,
    [property: DefaultValue(global::Packages.Domain.Offers.LateCancelPolicy.Forfeit)] LateCancelPolicy? LateCancelPolicy,
    [property: Range(0, PackageTerms.MaxBeneficiariesLimit), DefaultValue(0), Description("How many clients besides the owner may be named to share a package (0: the owner only).")] int? MaxBeneficiaries = null,
    [property: Range(1, PackageTerms.MaxSessions), Description("At most this many sessions of one package for any one client, owner or beneficiary (absent: no such limit); at most the sessions.")] int? SessionsPerClient = null,
    [property: DefaultValue(false), Description("Whether patients may buy it online themselves (POST online-purchases).")] bool? SoldOnline = null,
    [property: Description("How a package is refunded (absent: unused sessions at their allocated value, no fee).")] RefundPolicyRequest? RefundPolicy = null,
    [property: Description("What one session costs on its own (receipts; needed by the usedAtListPrice refund).")] MoneyRequest? ListPricePerSession = null,
    [property: Range(0, PackageTerms.MaxFreezeDaysLimit), DefaultValue(0), Description("How many days of a calendar year staff may freeze a sold package, pushing its expiry out (0: no freezing).")] int? MaxFreezeDaysPerYear = null,
    [property: Description("Set to make the offer a membership plan (price and sessions per period); absent: a package offer. An offer keeps its kind.")] MembershipPlanRequest? Membership = null)
{
    public Result<OfferTermsInput> ToInput()
    {
        var caps = ServiceTypeCaps ?? [];
        if (caps.Any(c => c is null) || caps.DistinctBy(c => c.ServiceType, StringComparer.Ordinal).Count() != caps.Length)
        {
            return DomainError.Validation("serviceTypeCaps", "Give each service type once, with its serviceType and maxSessions.");
        }

        return new OfferTermsInput(
            Name, Price?.AmountMinor, Price?.Currency, Sessions, EligibleServiceTypes,
            ServiceTypeCaps is null ? null : caps.ToDictionary(c => c.ServiceType!, c => c.MaxSessions!.Value, StringComparer.Ordinal),
            DefaultExpiry is null ? null : new ExpiryInput(DefaultExpiry.Count, DefaultExpiry.Unit),
            AllowInstallments ?? false, LateCancelPolicy, MaxBeneficiaries ?? 0, SessionsPerClient, SoldOnline ?? false,
            RefundPolicy is null ? null : new RefundPolicyInput(RefundPolicy.Method, RefundPolicy.FeeFixedMinor, RefundPolicy.FeeBasisPoints),
            ListPricePerSession is null ? null : new MoneyInput(ListPricePerSession.AmountMinor, ListPricePerSession.Currency), MaxFreezeDaysPerYear ?? 0,
            Membership is null ? null : new MembershipInput(Membership.Period, Membership.RolloverMax, Membership.MinimumPeriods, Membership.Unlimited ?? false));
    }
}
