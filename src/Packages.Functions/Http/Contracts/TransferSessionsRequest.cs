using Packages.Domain.Common;
using Packages.Domain.Offers;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>Unused, paid sessions to move to a new package of another client, and why.</summary>
public sealed record TransferSessionsRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("Another client of the clinic: the owner of the new package.")] string? ToClientId,
    [property: JsonRequired, Range(1, PackageTerms.MaxSessions), Description("How many unused sessions move (at most those left).")] int? Sessions,
    [property: JsonRequired, MaxLength(Text.MaxReasonLength), RegularExpression(Text.NotBlankPattern)] string? Reason);
