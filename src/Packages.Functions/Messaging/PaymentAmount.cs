namespace Packages.Functions.Messaging;

/// <summary>A payment message's amount: integer minor units (1 to 10^12) of an ISO 4217 currency.</summary>
public sealed record PaymentAmount(long? AmountMinor, string? Currency);
