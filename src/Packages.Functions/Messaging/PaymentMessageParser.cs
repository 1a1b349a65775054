using System.Text.Json;
using Packages.Application.Payments;
using Packages.Domain.Common;
using Packages.Functions.Http;

namespace Packages.Functions.Messaging;

/// <summary>Turns a payment message body into a command; anything unreadable is a validation error.</summary>
public static class PaymentMessageParser
{
    public static Result<RecordPaymentCommand> Parse(BinaryData body)
    {
        PaymentMessage? message;
        try
        {
            message = body.ToObjectFromJson<PaymentMessage>(ApiJson.Options);
        }
        catch (JsonException)
        {
            return DomainError.Validation("body", "The message body is not a JSON payment message.");
        }

        if (message is null)
        {
            return DomainError.Validation("body", "The message body is empty.");
        }

        PaymentKind? kind = message.Type switch
        {
            PaymentMessageTypes.Applied => PaymentKind.Applied,
            PaymentMessageTypes.Unapplied => PaymentKind.Unapplied,
            _ => null,
        };
        if (kind is null)
        {
            return DomainError.Validation("type", $"Use '{PaymentMessageTypes.Applied}' or '{PaymentMessageTypes.Unapplied}'.");
        }

        if (message.Amount is null)
        {
            return DomainError.Validation("amount", "Give the amount in minor units with its currency.");
        }

        return new RecordPaymentCommand(
            kind.Value, message.PaymentId, message.ClinicId, message.PackageId, message.Amount.AmountMinor, message.Amount.Currency);
    }
}
