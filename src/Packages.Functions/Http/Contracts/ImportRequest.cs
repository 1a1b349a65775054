using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// The import envelope. Rows are read one by one (<see cref="ImportRowRequest"/>), so a malformed row fails
/// alone with its own result; only a malformed envelope refuses the request.
/// </summary>
public sealed record ImportRequest([property: JsonRequired] JsonElement[]? Packages);

/// <summary>
/// One legacy package: the offer whose terms it follows and what the older system recorded. Every field is
/// required except history; expiresOn is null for a package that never expires.
/// </summary>
public sealed record ImportRowRequest(
    [property: JsonRequired] string? OfferId,
    [property: JsonRequired] string? ExternalReference,
    [property: JsonRequired] string? ClientId,
    [property: JsonRequired] DateOnly? PurchasedOn,
    [property: JsonRequired] DateOnly? ExpiresOn,
    [property: JsonRequired] int? SessionsUsed,
    [property: JsonRequired] MoneyRequest? AmountPaid,
    LegacyRedemptionDto[]? History);

public sealed record LegacyRedemptionDto(
    [property: JsonRequired] DateOnly? On,
    string? ServiceType,
    string? AppointmentId);
