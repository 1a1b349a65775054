using Packages.Domain.Common;
using System.Text.Json.Serialization;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel;
namespace Packages.Functions.Http.Contracts;

/// <summary>An appointment to charge to a named package: whose it is, and its service type.</summary>
public sealed record RedeemPackageSessionRequest(
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("One session per appointment: redeeming it again returns the same receipt.")] string? AppointmentId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression), Description("The client served: the package's owner or one of its beneficiaries (anyone else: 422 client-not-beneficiary).")] string? ClientId,
    [property: JsonRequired, RegularExpression(Identifiers.RegularExpression)] string? ServiceType,
    [property: MaxLength(Text.MaxNameLength), RegularExpression(Text.NotBlankPattern), Description("Who gave the session, as the receipt names them.")] string? Practitioner = null,
    [property: RegularExpression(Identifiers.RegularExpression), Description("The service's billing code, for insurers.")] string? ServiceCode = null);
