using Packages.Domain.Common;
using Packages.Domain.Liability;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// How an event moved the package's liability (its paid, unused value while usable): <see cref="Change"/> (signed) under
/// <see cref="Category"/>, the <see cref="Balance"/> after it, and when it counts (<see cref="EffectiveAt"/>: the event's
/// time, but an expiry counts at the end of the last day, never before the package's previous change). The changes of a
/// package's events add up to its balance; the liability report is their sum per clinic and month.
/// </summary>
public sealed record LiabilityChange(LiabilityCategory Category, Money Change, Money Balance, DateTimeOffset EffectiveAt);
