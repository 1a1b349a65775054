namespace Packages.Application.Payments;

/// <summary>A payment-applied or payment-unapplied notice from the clinic's payment system.</summary>
public sealed record RecordPaymentCommand(
    PaymentKind Kind,
    string? PaymentId,
    string? ClinicId,
    string? PackageId,
    long AmountMinor,
    string? Currency);
