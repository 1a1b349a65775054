using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Packages.Domain.Common;

namespace Packages.Functions.Messaging;

/// <summary>A payment message's amount: integer minor units (1 to 10^12) of an ISO 4217 currency; the payments queue's own money type.</summary>
public sealed record PaymentAmount(
    [property: Required, Range(1, Money.MaxAmountMinor), Description("The currency's ISO 4217 minor unit: cents for CAD, yen for JPY.")] long? AmountMinor,
    [property: Required, RegularExpression("^[A-Z]{3}$"), Description("ISO 4217 List One, without funds and codes without a minor unit.")] string? Currency);
