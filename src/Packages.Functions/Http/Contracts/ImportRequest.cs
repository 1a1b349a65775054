namespace Packages.Functions.Http.Contracts;

public sealed record ImportRequest(ImportRowRequest[]? Packages);

/// <summary>One legacy package: the offer whose terms it follows and what the older system recorded.</summary>
public sealed record ImportRowRequest(
    string? OfferId,
    string? ExternalReference,
    string? ClientId,
    DateOnly? PurchasedOn,
    DateOnly? ExpiresOn,
    int SessionsUsed,
    MoneyDto? AmountPaid,
    LegacyRedemptionDto[]? History);

public sealed record LegacyRedemptionDto(DateOnly On, string? ServiceType, string? AppointmentId);
