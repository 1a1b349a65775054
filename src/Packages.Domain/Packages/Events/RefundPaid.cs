using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// refund-paid: the payment system returned <see cref="Amount"/> of the refund (payment <see cref="PaymentId"/>);
/// <see cref="Outstanding"/> is what is still to return (negative: more was returned than requested).
/// </summary>
public sealed record RefundPaid(string RefundId, string PaymentId, Money Amount, Money TotalRefunded, Money Outstanding) : PackageEventData;
