using Packages.Domain.Common;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// An amount a caller sends: integer minor units of the currency (cents for CAD, yen for JPY, as ISO 4217
/// defines the minor unit), at most 10^12, and an ISO 4217 code. Both fields are required.
/// </summary>
public sealed record MoneyRequest(
    [property: JsonRequired, Range(0, Money.MaxAmountMinor), Description("Integer minor units (cents for CAD, yen for JPY); a price or payment is at least 1.")] long? AmountMinor,
    [property: JsonRequired, RegularExpression("^[A-Z]{3}$"), Description("ISO 4217 List One code.")] string? Currency);
