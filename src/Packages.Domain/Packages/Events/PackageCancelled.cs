using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-cancelled: staff ended it. <see cref="ValueLeft"/> is the value of the unused sessions; payments
/// stay recorded (a refund goes through the payment system).
/// </summary>
public sealed record PackageCancelled(string Reason, Money ValueLeft, Money AmountPaid) : PackageEventData;
