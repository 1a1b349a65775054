using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Packages.Domain.Common;

namespace Packages.Functions.Messaging;

/// <summary>
/// The body of a payment message on the payments queue (docs/messages.md; its schema is generated from this
/// record). Every field is nullable so that a missing one is reported by name (<see cref="PaymentMessageParser"/>);
/// the attributes state the contract.
/// </summary>
public sealed record PaymentMessage(
    [property: Required, AllowedValues(PaymentMessageTypes.Applied, PaymentMessageTypes.Unapplied, PaymentMessageTypes.Refunded)] string? Type,
    [property: Required, RegularExpression(Identifiers.RegularExpression), Description("The payment system's id: applying or unapplying it again changes nothing.")] string? PaymentId,
    [property: Required, RegularExpression(Identifiers.RegularExpression)] string? ClinicId,
    [property: RegularExpression(Identifiers.RegularExpression), Description("The package paid; for a membership give membershipId and period instead.")] string? PackageId,
    [property: Required] PaymentAmount? Amount,
    [property: RegularExpression(Identifiers.RegularExpression), Description("A membership's payment: the membership paid (with period, instead of packageId).")] string? MembershipId = null,
    [property: Range(1, PaymentMessage.MembershipPeriodLimit), Description("A membership's payment: the period paid, as its membership-renewal-due event named it.")] int? Period = null)
{
    /// <summary>The largest period number a message may name (about 230 years of weeks; the calendar ends first).</summary>
    public const int MembershipPeriodLimit = 12_000;
}
