using Packages.Domain.Offers;

namespace Packages.Domain.Packages;

/// <summary>
/// Set on a package that is one period of a membership: each period is its own package (id
/// "{membershipId}.{period}"), so its payments, sessions, receipts and liability work as a package's, and a
/// document holds one period, never years of them. The newest period carries the membership's schedule: when it
/// renews (<see cref="RenewsAt"/>, the start of the next period) and whether a cancel ends the membership after a period
/// (<see cref="EndsAfterPeriod"/>); the renewal copies both onto the next period.
/// </summary>
/// <param name="Anchor">The enrolment day (clinic's calendar): every period is counted from it.</param>
/// <param name="GraceDays">The clinic's grace at enrolment: a period unpaid this many days after it starts is past due.</param>
/// <param name="RenewsAt">When the next period starts and is invoiced; null once this period has been renewed or is the last.</param>
/// <param name="GraceEndsAt">When this period becomes past due if still unpaid; null once paid or past due.</param>
/// <param name="PastDueSince">Since when this period is past due (unpaid after its grace); null when it is not.</param>
/// <param name="EndsAfterPeriod">A cancel's last period: the membership ends when it does (at least the plan's minimum term).</param>
/// <param name="DueOn">The last day to pay this period: its first day (or the day it opened, if later) plus the grace days.</param>
/// <param name="RecognizedMinor">An unlimited plan's period: how much of its price has been recognized by time so far.</param>
/// <param name="RecognizedThrough">An unlimited plan's period: the last day that recognition covers.</param>
/// <param name="StartShiftDays">Days freezes of earlier periods pushed this period's start (and every later one) out.</param>
/// <param name="EndShiftDays">The same, plus the days this period's own freezes pushed its end and the next renewal out.</param>
public sealed record MembershipPeriod(
    string MembershipId,
    int Period,
    MembershipPlan Plan,
    DateOnly Anchor,
    int GraceDays,
    DateTimeOffset? RenewsAt,
    DateTimeOffset? GraceEndsAt = null,
    DateTimeOffset? PastDueSince = null,
    int? EndsAfterPeriod = null,
    int RolledOver = 0,
    int StartShiftDays = 0,
    int EndShiftDays = 0,
    DateOnly DueOn = default,
    long RecognizedMinor = 0,
    DateOnly? RecognizedThrough = null)
{
    /// <summary>The package id of period <paramref name="period"/> of a membership.</summary>
    public static string PackageIdOf(string membershipId, int period) =>
        $"{membershipId}.{period.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public string NextPeriodId => PackageIdOf(MembershipId, Period + 1);

    public DateOnly StartsOn => Plan.StartOf(Anchor, Period).AddDays(StartShiftDays);

    public DateOnly LastDay => LastDayOf(Period);

    /// <summary>The days of this period (a freeze of it included).</summary>
    public int Days => LastDay.DayNumber - StartsOn.DayNumber + 1;

    /// <summary>The last day of this period or a later one, as the freezes so far have pushed them.</summary>
    public DateOnly LastDayOf(int period) => Plan.StartOf(Anchor, period + 1).AddDays(EndShiftDays - 1);
}
