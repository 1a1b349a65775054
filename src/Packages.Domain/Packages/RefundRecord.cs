using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>
/// A refund requested for a package: <see cref="Amount"/> is what the payment system is asked to return (at most
/// <see cref="Computed"/>, what the policy gave); what it actually returns is recorded as Refunded payment lines.
/// </summary>
public sealed record RefundRecord(string RefundId, Money Amount, Money Computed, string Reason, DateTimeOffset At, string By);
