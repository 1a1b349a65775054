using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

public sealed record SellPackageRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? OfferId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("The client who buys and uses the package.")] string? ClientId);
