using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

public sealed record RedeemSessionRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("One session per appointment: redeeming it again returns the same receipt.")] string? AppointmentId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? ServiceType);
