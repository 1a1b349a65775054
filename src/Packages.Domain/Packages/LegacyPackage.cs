using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>A package as a clinic's older tracking knew it: what was bought, when, and what was used and paid.</summary>
public sealed record LegacyPackage(
    string ExternalReference,
    string ClientId,
    DateOnly PurchasedOn,
    DateOnly? ExpiresOn,
    int SessionsUsed,
    Money AmountPaid,
    IReadOnlyList<LegacyRedemption> History);

/// <summary>One session used before the import; service type and appointment when the old system knew them.</summary>
public sealed record LegacyRedemption(DateOnly On, string? ServiceType, string? AppointmentId);
