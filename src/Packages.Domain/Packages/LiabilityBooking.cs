using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>The liability a package's events have booked so far, and when the last change counted: the next change is measured from it.</summary>
public sealed record LiabilityBooking(Money Balance, DateTimeOffset At);
