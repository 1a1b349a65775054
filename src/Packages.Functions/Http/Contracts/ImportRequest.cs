using Packages.Functions.Http.Documentation;
using Packages.Application.Imports;
using Packages.Domain.Offers;
using Packages.Domain.Common;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// The import envelope. Rows are read one by one (<see cref="ImportRowRequest"/>), so a malformed row fails
/// alone with its own result; only a malformed envelope refuses the request.
/// </summary>
public sealed record ImportRequest(
    [property: JsonRequired, MinLength(1), MaxLength(ImportPackages.MaxRows), DocumentedAs(typeof(ImportRowRequest[]))] JsonElement[]? Packages);

/// <summary>
/// One legacy package: the offer whose terms it follows and what the older system recorded. Every field is
/// required except history and expiresOn (absent or null: the package never expires).
/// </summary>
public sealed record ImportRowRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? OfferId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("The older system's reference: importing it again is recognized.")] string? ExternalReference,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? ClientId,
    [property: JsonRequired] DateOnly? PurchasedOn,
    [property: Description("The last day of use; absent or null: never expires.")] DateOnly? ExpiresOn,
    [property: JsonRequired, Range(0, PackageTerms.MaxSessions)] int? SessionsUsed,
    [property: JsonRequired] MoneyRequest? AmountPaid,
    [property: MaxLength(PackageTerms.MaxSessions), Description("Each used session, or none.")] LegacyRedemptionRequest[]? History);

public sealed record LegacyRedemptionRequest(
    [property: JsonRequired] DateOnly? On,
    [property: RegularExpression(Identifiers.RegularExpression)] string? ServiceType,
    [property: RegularExpression(Identifiers.RegularExpression)] string? AppointmentId);
