using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Packages.Domain.Common;

namespace Packages.Functions.Http.Contracts;

public sealed record EnrolMemberRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("A membership plan's offer id.")] string? OfferId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("The member: the client who pays and uses the membership.")] string? ClientId);
