using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-cancelled: staff ended it. <see cref="ValueReleased"/> is the value of the unused sessions leaving the
/// liability now: zero when the package had already expired (package-expired released it). Payments stay
/// recorded (a refund goes through the payment system).
/// </summary>
public sealed record PackageCancelled(string Reason, Money ValueReleased, Money AmountPaid) : PackageEventData;
