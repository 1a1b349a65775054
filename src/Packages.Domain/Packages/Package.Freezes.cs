using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// Freezing (docs/rules.md, "Freeze"): staff stop a package's use for a range of the clinic's days, within the offer's
/// days per calendar year, and its last day moves out by exactly those days (local dates, so a DST change moves nothing).
/// Ending a freeze early gives back the days not used.
/// </summary>
public sealed partial class Package
{
    /// <summary>Freezes one package keeps, ended ones included (a handful a year at most).</summary>
    public const int MaxFreezes = 24;

    private readonly List<PackageFreeze> _freezes;

    public IReadOnlyList<PackageFreeze> Freezes => _freezes;

    /// <summary>The freeze that covers the clinic's day at <paramref name="now"/>; null when none does.</summary>
    public PackageFreeze? FrozenAt(DateTimeOffset now)
    {
        var today = LocalDay(now);
        return _freezes.FirstOrDefault(f => f.Covers(today));
    }

    public Result<bool> Freeze(DateOnly from, DateOnly until, string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckNotEarlierMembershipPeriod() is { } period)
        {
            return period;
        }

        if (!PackageErrors.IsValidReason(reason))
        {
            return PackageErrors.ReasonRequired();
        }

        if (_freezes.Any(f => f.From == from && f.Until == until && f.Days > 0))
        {
            return false; // the same freeze again
        }

        var today = LocalDay(now);
        var days = until.DayNumber - from.DayNumber + 1;
        var invalid = !ClinicCalendar.IsInRange(from) || !ClinicCalendar.IsInRange(until) ? DomainError.Validation("from", ClinicCalendar.RangeMessage)
            : until < from ? DomainError.Validation("until", "The last frozen day cannot be before the first.")
            : from < today ? DomainError.Validation("from", $"A freeze starts today ({ClinicCalendar.Format(today)} in the clinic's zone) or later.")
            : null;
        var ended = CheckEnded() ?? (IsPastExpiry(now) ? PackageErrors.Expired(ExpiresOn!.Value) : null);
        // Only for days already known to be in the calendar's range: pushing a last day by any other count could overflow.
        DomainError? Outside() => ExpiresOn is { } last && from > last ? DomainError.Validation("from", $"A freeze starts on or before the package's last day ({ClinicCalendar.Format(last)}).")
            : ExpiresOn is { } end && !ClinicCalendar.IsInRange(end.AddDays(days)) ? DomainError.Validation("until", ClinicCalendar.RangeMessage)
            : null;
        if ((invalid ?? ended ?? Outside()) is { } refusal)
        {
            return refusal;
        }

        var freeze = new PackageFreeze(from, until, reason!, actor.ToString(), now, ExpiresOn is null ? 0 : days);
        if (CheckFreezeAllowed(freeze) is { } notAllowed)
        {
            return notAllowed;
        }

        var previous = ExpiresOn;
        ExpiresOn = ExpiresOn?.AddDays(freeze.PushedDays);
        _freezes.Add(freeze);
        FollowFreezeInMembership(previous);
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Frozen) { ExpiresOn = ExpiresOn, PreviousExpiresOn = previous, Reason = reason });
        Raise(new PackageFrozen(from, until, freeze.Days, reason!, ExpiresOn, previous), now);
        return true;
    }

    /// <summary>Ends the freeze that began on <paramref name="from"/> today: usable from today, the last day moved back by the days not used.</summary>
    public Result<bool> EndFreeze(DateOnly from, string? reason, Actor actor, DateTimeOffset now)
    {
        if (CheckNotEarlierMembershipPeriod() is { } period)
        {
            return period;
        }

        if (!PackageErrors.IsValidReason(reason))
        {
            return PackageErrors.ReasonRequired();
        }

        var index = _freezes.FindLastIndex(f => f.From == from);
        if (index < 0)
        {
            return PackageErrors.FreezeNotFound(from);
        }

        var freeze = _freezes[index];
        var today = LocalDay(now);
        if (freeze.Days == 0 || freeze.Until < today)
        {
            return false; // ended before it began, or over
        }

        if ((CheckEnded() ?? (IsPastExpiry(now) ? PackageErrors.Expired(ExpiresOn!.Value) : null)) is { } ended)
        {
            return ended;
        }

        var ending = freeze with { Until = (today > from ? today : from).AddDays(-1) };
        var givenBack = Math.Min(freeze.PushedDays, freeze.Days - ending.Days);
        ending = ending with { PushedDays = freeze.PushedDays - givenBack };
        var previous = ExpiresOn;
        ExpiresOn = ExpiresOn?.AddDays(-givenBack);
        _freezes[index] = ending;
        FollowFreezeInMembership(previous);
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Unfrozen) { ExpiresOn = ExpiresOn, PreviousExpiresOn = previous, Reason = reason });
        Raise(new PackageUnfrozen(from, ending.Days, reason!, ExpiresOn, previous), now);
        return true;
    }

    private DomainError? CheckFreezeAllowed(PackageFreeze freeze)
    {
        if (Terms.MaxFreezeDaysPerYear == 0)
        {
            return PackageErrors.FreezeNotOffered;
        }

        if (_freezes.FirstOrDefault(f => f.Overlaps(freeze.From, freeze.Until)) is { } other)
        {
            return PackageErrors.FreezeOverlaps(other.From, other.Until);
        }

        if (_freezes.Count >= MaxFreezes)
        {
            return PackageErrors.TooManyFreezes(MaxFreezes);
        }

        for (var year = freeze.From.Year; year <= freeze.Until.Year; year++)
        {
            var used = _freezes.Sum(f => f.DaysIn(year));
            if (used + freeze.DaysIn(year) > Terms.MaxFreezeDaysPerYear)
            {
                return PackageErrors.FreezeLimitReached(year, Terms.MaxFreezeDaysPerYear, used);
            }
        }

        return null;
    }

    /// <summary>A freeze that covers today or is still ahead: sessions moved out now would escape it.</summary>
    private PackageFreeze? FreezeNotOver(DateTimeOffset now)
    {
        var today = LocalDay(now);
        return _freezes.FirstOrDefault(f => f.Days > 0 && f.Until >= today);
    }

    /// <summary>
    /// A membership is frozen through its current period (the freeze starts in it and pushes its end and the next renewal); a
    /// period already renewed keeps its dates.
    /// </summary>
    private DomainError? CheckNotEarlierMembershipPeriod() => Membership is { RenewsAt: null } ? CheckNotMembershipPeriod() : null;

    private DateOnly LocalDay(DateTimeOffset now) => ClinicCalendar.LocalDate(now, ClinicCalendar.FindZone(TimeZoneId));
}
