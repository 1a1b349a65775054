namespace Packages.Functions.Http.Contracts;

public sealed record CreateOfferRequest(
    string? Name,
    MoneyDto? Price,
    int Sessions,
    string[]? EligibleServiceTypes,
    Dictionary<string, int>? ServiceTypeCaps,
    ExpiryPolicyDto? DefaultExpiry,
    bool AllowInstallments);
