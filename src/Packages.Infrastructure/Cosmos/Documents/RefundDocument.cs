namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>The refund requested for a package; what the payment system returned is in its payments (state refunded).</summary>
public sealed record RefundDocument(string RefundId, MoneyDocument Amount, MoneyDocument Computed, string Reason, DateTimeOffset At, string By);
