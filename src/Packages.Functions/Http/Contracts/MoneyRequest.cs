using System.Text.Json.Serialization;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// An amount a caller sends: integer minor units of the currency (cents for CAD, yen for JPY, as ISO 4217
/// defines the minor unit), at most 10^12, and an ISO 4217 code. Both fields are required.
/// </summary>
public sealed record MoneyRequest(
    [property: JsonRequired] long? AmountMinor,
    [property: JsonRequired] string? Currency);
