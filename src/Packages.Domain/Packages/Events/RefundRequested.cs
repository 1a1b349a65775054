using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// refund-requested: the package is refunded and closed; the payment system returns <see cref="Amount"/> (staff may have
/// lowered it from <see cref="Computed"/>, the policy's amount after <see cref="Fee"/>) and posts payment-refunded.
/// <see cref="ValueReleased"/> is the unused value leaving the liability now (0 when expiry or a cancel released it).
/// </summary>
public sealed record RefundRequested(
    string RefundId, Money Amount, Money Computed, RefundMethod Method, Money Fee, string Reason, Money ValueReleased, Money AmountPaid) : PackageEventData;
