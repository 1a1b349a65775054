using Packages.Domain.Offers;

namespace Packages.Application.Offers;

public sealed record CreateOfferCommand(
    string ClinicId,
    string? Name,
    long PriceMinor,
    string? Currency,
    int Sessions,
    IReadOnlyCollection<string>? EligibleServiceTypes,
    IReadOnlyDictionary<string, int>? ServiceTypeCaps,
    int? ExpiryCount,
    ExpiryUnit? ExpiryUnit,
    bool AllowInstallments,
    string? IdempotencyKey);
