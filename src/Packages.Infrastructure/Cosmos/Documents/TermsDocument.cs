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
    LateCancelPolicy LateCancelPolicy = LateCancelPolicy.Forfeit);
