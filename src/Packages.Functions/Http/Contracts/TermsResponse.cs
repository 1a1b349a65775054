using System.ComponentModel;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

public sealed record TermsResponse(
    string Name,
    MoneyDto Price,
    int Sessions,
    IReadOnlyList<string> EligibleServiceTypes,
    IReadOnlyList<ServiceTypeCapResponse> ServiceTypeCaps,
    ExpiryPolicyResponse? DefaultExpiry,
    bool AllowInstallments,
    LateCancelPolicy LateCancelPolicy,
    int MaxBeneficiaries,
    int? SessionsPerClient,
    RefundPolicyResponse RefundPolicy,
    MoneyDto? ListPricePerSession,
    [property: Description("Days of a calendar year a package may be frozen (0: none).")] int MaxFreezeDaysPerYear);
