using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Domain.Offers;

/// <summary>
/// What makes an offer a membership plan: the offer's terms are one period's (its price is the price per period, its
/// sessions the sessions per period, with the same services and caps), renewed every <see cref="Period"/> from the
/// enrolment day. Up to <see cref="RolloverMax"/> unused sessions of a paid period carry into the next one; a cancel
/// takes effect at the end of a period, never before <see cref="MinimumPeriods"/> periods. An <see cref="Unlimited"/> plan
/// sells time, not sessions: its sessions are only a cap of visits per period, its price is recognized evenly over the
/// period's days, and a visit's receipt states one day's share of the price.
/// </summary>
public sealed record MembershipPlan(MembershipPeriodUnit Period, int RolloverMax, int MinimumPeriods, bool Unlimited = false)
{
    /// <summary>The longest minimum term a plan may state, in periods (three years of months).</summary>
    public const int MaxMinimumPeriods = 36;

    public static Result<MembershipPlan> Create(
        MembershipPeriodUnit? period, int? rolloverMax, int? minimumPeriods, int sessionsPerPeriod, bool unlimited = false, long priceMinor = long.MaxValue)
    {
        var errors = new FieldErrors()
            .Require(!unlimited || rolloverMax is null or 0, "membership.rolloverMax", "An unlimited plan has no sessions to carry over: leave rolloverMax out.")
            .Require(!unlimited || period is not { } unit || !Enum.IsDefined(unit) || priceMinor >= MaxDaysIn(unit), "price.amountMinor",
                "An unlimited plan's price must give every day of a period a non-zero value (at least one minor unit a day).")
            .Require(period is { } p && Enum.IsDefined(p), "membership.period", "Use week, month or year.")
            .Require(rolloverMax is null || (rolloverMax >= 0 && rolloverMax <= sessionsPerPeriod), "membership.rolloverMax",
                "Give 0 (no rollover) up to the sessions of one period.")
            .Require(minimumPeriods is null or >= 1 and <= MaxMinimumPeriods, "membership.minimumPeriods", $"Give 1-{MaxMinimumPeriods} periods.");
        return errors.Any ? errors.ToError() : new MembershipPlan(period!.Value, rolloverMax ?? 0, minimumPeriods ?? 1, unlimited);
    }

    /// <summary>
    /// The first day of period <paramref name="number"/> (1 is the enrolment day). Counted from the anchor each time, never
    /// from the previous period, so the month end holds: enrolled 31 January, periods start 28 (or 29) February, then 31 March.
    /// </summary>
    public DateOnly StartOf(DateOnly anchor, int number) => Period switch
    {
        MembershipPeriodUnit.Week => anchor.AddDays(7 * (number - 1)),
        MembershipPeriodUnit.Month => anchor.AddMonths(number - 1),
        _ => anchor.AddYears(number - 1),
    };

    /// <summary>The last day of period <paramref name="number"/>: the day before the next one starts.</summary>
    public DateOnly LastDayOf(DateOnly anchor, int number) => StartOf(anchor, number + 1).AddDays(-1);

    /// <summary>Whether period <paramref name="number"/> still ends inside the calendar the service keeps.</summary>
    public bool EndsInCalendar(DateOnly anchor, int number) =>
        number <= MaxPeriods(Period) && ClinicCalendar.IsInRange(StartOf(anchor, number + 1));

    /// <summary>The most days one period of <paramref name="unit"/> can have (before a freeze lengthens it).</summary>
    public static int MaxDaysIn(MembershipPeriodUnit unit) => unit switch
    {
        MembershipPeriodUnit.Week => 7,
        MembershipPeriodUnit.Month => 31,
        _ => 366,
    };

    /// <summary>A bound on period numbers that keeps the date arithmetic inside DateOnly (the calendar's end comes first).</summary>
    private static int MaxPeriods(MembershipPeriodUnit unit) => unit switch
    {
        MembershipPeriodUnit.Week => 12_000,
        MembershipPeriodUnit.Month => 2_800,
        _ => 230,
    };
}
