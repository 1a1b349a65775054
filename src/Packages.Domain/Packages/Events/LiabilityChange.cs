using Packages.Domain.Common;
using Packages.Domain.Liability;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// How an event moved the package's liability (its paid, unused value while usable): <see cref="Change"/> (signed), split
/// into <see cref="Parts"/> by category (they add up to it; a payment or refund on an ended package moves value between
/// its category and breakage without changing the liability), the <see cref="Balance"/> after it, and when it counts
/// (<see cref="EffectiveAt"/>: the event's time, but an expiry counts at the last instant of the last day, never before the
/// package's previous change), and the package's <see cref="Owner"/> then. The changes of a package's events add up to its
/// balance; the liability report is their sum per clinic and month.
/// </summary>
public sealed record LiabilityChange(IReadOnlyList<LiabilityPart> Parts, Money Change, Money Balance, DateTimeOffset EffectiveAt, string Owner);

/// <summary>One category's share of a liability change (signed: + into the liability, − out of it).</summary>
public sealed record LiabilityPart(LiabilityCategory Category, Money Change);
