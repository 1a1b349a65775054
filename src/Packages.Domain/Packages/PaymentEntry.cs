using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>One payment the clinic's payment system applied to (or took back from) a package.</summary>
public sealed record PaymentEntry(string PaymentId, Money Amount, PaymentState State, DateTimeOffset RecordedAt);
