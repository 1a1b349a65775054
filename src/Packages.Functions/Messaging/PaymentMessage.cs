namespace Packages.Functions.Messaging;

/// <summary>
/// The body of a payment message on the payments queue (docs/messages.md).
/// <see cref="Type"/> is "payment-applied" or "payment-unapplied".
/// </summary>
public sealed record PaymentMessage(
    string? Type,
    string? PaymentId,
    string? ClinicId,
    string? PackageId,
    PaymentAmount? Amount);
