using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>The client who will own the whole package, and why (kept in its history).</summary>
public sealed record TransferPackageRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("Another client of the clinic; the package's beneficiaries are removed.")] string? ToClientId,
    [property: JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)] string? Reason);
