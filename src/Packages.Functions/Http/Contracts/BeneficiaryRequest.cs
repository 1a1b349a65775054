using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>A client of the clinic to name as a beneficiary of the package, and why (kept in its history).</summary>
public sealed record BeneficiaryRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("Another client of the clinic (not the owner).")] string? ClientId,
    [property: JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)] string? Reason);
