using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>An offer sold online to buy, for the caller or as a gift for another client of the clinic.</summary>
public sealed record BuyOnlineRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? OfferId,
    [property: RegularExpression(Identifiers.RegularExpression), Description("A gift: the client who will own the package (absent: the buyer).")] string? ForClientId = null);
