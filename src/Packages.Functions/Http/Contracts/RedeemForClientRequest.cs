using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>An appointment of the client in the route, to charge to a package they own or share (chosen by the rules).</summary>
public sealed record RedeemForClientRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("One session per appointment: redeeming it again returns the same receipt.")] string? AppointmentId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? ServiceType,
    [property: MaxLength(Text.MaxNameLength), RegularExpression(Text.NotBlankPattern), Description("Who gave the session, as the receipt names them.")] string? Practitioner = null,
    [property: RegularExpression(Identifiers.RegularExpression), Description("The service's billing code, for insurers.")] string? ServiceCode = null);
