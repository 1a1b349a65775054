using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// An unlimited plan's period (docs/rules.md "Memberships"): its price is recognized evenly over its days, not by visits.
/// What has been recognized is its used value; it grows at each month's end inside the period (the renewal timer), at the
/// period's end (the renewal) and before a payment, refund or cancel changes the period (so each counts in its month).
/// </summary>
public sealed partial class Package
{
    public bool IsUnlimited => Membership?.Plan.Unlimited == true;

    /// <summary>
    /// When the next month's end inside an unlimited period falls (the start of the month after the days recognized so far),
    /// while it is active and has something to recognize; null otherwise (its end is the renewal's).
    /// </summary>
    public DateTimeOffset? NextRecognitionAt
    {
        get
        {
            if (!IsUnlimited || Status != PackageStatus.Active || AmountPaid.AmountMinor == 0 || Membership is not { } m || m.RecognizedMinor >= Terms.Price.AmountMinor)
            {
                return null;
            }

            var from = m.RecognizedThrough?.AddDays(1) ?? m.StartsOn; // the first day not recognized yet
            var monthStart = new DateOnly(from.Year, from.Month, 1).AddMonths(1);
            return monthStart <= m.LastDay ? ClinicCalendar.StartOfDay(monthStart, ClinicCalendar.FindZone(TimeZoneId)) : null;
        }
    }

    /// <summary>
    /// Recognizes the unlimited period's price for its days before the clinic's day of <paramref name="at"/>: price × days
    /// passed ÷ days (all of it once the period is over), booked at <paramref name="at"/>'s last instant before. Returns whether
    /// it moved.
    /// </summary>
    public bool RecognizeElapsedTime(DateTimeOffset at, DateTimeOffset now)
    {
        if (!IsUnlimited || Status != PackageStatus.Active || Membership is not { } m)
        {
            return false;
        }

        var day = LocalDay(at);
        var through = day.AddDays(-1);
        if (m.RecognizedThrough is { } recognized && through <= recognized)
        {
            return false;
        }

        var days = Math.Clamp(day.DayNumber - m.StartsOn.DayNumber, 0, m.Days);
        var target = Terms.Price.AmountMinor * days / m.Days; // ≤ 10^12 × 732: no overflow
        var more = Math.Max(0, target - m.RecognizedMinor);
        Membership = m with { RecognizedMinor = m.RecognizedMinor + more, RecognizedThrough = through };
        if (more > 0 && AmountPaid.AmountMinor > 0) // nothing paid, nothing earned: the days still pass (no event)
        {
            // The days through yesterday count at yesterday's last instant (never before the package's last change).
            var endOfThrough = ClinicCalendar.StartOfDay(day, ClinicCalendar.FindZone(TimeZoneId)).AddTicks(-1);
            Raise(new MembershipRevenueRecognized(m.MembershipId, m.Period, new Money(more, Terms.Price.Currency), through), now, endOfThrough < now ? endOfThrough : now);
        }

        return true;
    }

    /// <summary>
    /// Recognizes an unlimited period through <paramref name="limit"/>: each month's end passed first, in its own month, then
    /// the days since. Returns whether anything moved.
    /// </summary>
    public bool RecognizeUpTo(DateTimeOffset limit, DateTimeOffset now) => RecognizeMonthEnds(limit, now) | RecognizeElapsedTime(limit, now);

    /// <summary>Recognizes an unlimited period through each month's end inside it up to <paramref name="limit"/>, each in its own month (the renewal timer's step).</summary>
    public bool RecognizeMonthEnds(DateTimeOffset limit, DateTimeOffset now)
    {
        var moved = false;
        while (NextRecognitionAt is { } monthEnd && monthEnd <= limit && RecognizeElapsedTime(monthEnd, now))
        {
            moved = true;
        }

        return moved;
    }

    /// <summary>A visit's value on its receipt: a session's share of the price, or for an unlimited plan one day's share.</summary>
    private Money VisitValue(int slot) =>
        IsUnlimited ? new Money(Math.Max(1, Terms.Price.AmountMinor / Membership!.Days), Terms.Price.Currency) : Terms.SessionValue(slot);

    /// <summary>Before a command moves money on the package: it ends if past its last day (a membership's period renews), and an unlimited period recognizes the days passed.</summary>
    private void CatchUp(DateTimeOffset now)
    {
        ExpireIfDue(now);
        RecognizeUpTo(now, now);
    }
}
