using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>
/// What a package's events have booked so far: its liability, the value its end released as breakage (see
/// <see cref="Package.LiabilityReleased"/>), and when the last change counted. The next change is measured from it.
/// </summary>
public sealed record LiabilityBooking(Money Balance, Money Released, DateTimeOffset At);
