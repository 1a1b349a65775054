using Packages.Application.Payments;
using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Functions.Http;

namespace Packages.Functions.Messaging;

/// <summary>Turns a payment message body into a command; anything unreadable is a validation error.</summary>
public static class PaymentMessageParser
{
    public static Result<RecordPaymentCommand> Parse(BinaryData body)
    {
        if (body.ToMemory().IsEmpty)
        {
            return DomainError.Validation("body", "The message body is empty.");
        }

        var parsed = JsonBody.Deserialize<PaymentMessage>(body.ToMemory().Span, PaymentMessageJson.Options);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var message = parsed.Value;
        PaymentKind? kind = message.Type switch
        {
            PaymentMessageTypes.Applied => PaymentKind.Applied,
            PaymentMessageTypes.Unapplied => PaymentKind.Unapplied,
            PaymentMessageTypes.Refunded => PaymentKind.Refunded,
            _ => null,
        };
        if (kind is null)
        {
            return DomainError.Validation("type", $"Use '{PaymentMessageTypes.Applied}', '{PaymentMessageTypes.Unapplied}' or '{PaymentMessageTypes.Refunded}'.");
        }

        if (message.Amount is not { AmountMinor: { } amountMinor })
        {
            return DomainError.Validation("amount", "Give the amount in minor units with its currency.");
        }

        // A package, or a membership's period (which is the package "{membershipId}.{period}"): one or the other, never both.
        var forMembership = message.MembershipId is not null || message.Period is not null;
        if (forMembership == (message.PackageId is not null) || (forMembership && (message.MembershipId is null || message.Period is not { } p || p < 1 || p > PaymentMessage.MembershipPeriodLimit)))
        {
            return DomainError.Validation("packageId", $"Name the package (packageId), or a membership and its period (membershipId and period 1-{PaymentMessage.MembershipPeriodLimit}), not both.");
        }

        var packageId = forMembership ? MembershipPeriod.PackageIdOf(message.MembershipId!, message.Period!.Value) : message.PackageId;
        return new RecordPaymentCommand(kind.Value, message.PaymentId, message.ClinicId, packageId, amountMinor, message.Amount.Currency);
    }
}
