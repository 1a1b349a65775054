namespace Packages.Domain.Packages;

/// <summary>
/// Days of the clinic's calendar when a package cannot be used, <see cref="From"/> through <see cref="Until"/>, with the
/// reason staff gave. Its days pushed the package's last day out. A freeze ended before it began is kept with no day
/// (<see cref="Until"/> the day before <see cref="From"/>), so ending it again changes nothing.
/// </summary>
/// <see cref="PushedDays"/> is how many of its days are still added to the last day: none for a package that never expires,
/// and none once staff set the last day themselves (their day stands), so ending it never takes off days it did not add.
public sealed record PackageFreeze(DateOnly From, DateOnly Until, string Reason, string By, DateTimeOffset At, int PushedDays)
{
    public int Days => Math.Max(0, Until.DayNumber - From.DayNumber + 1);

    public bool Covers(DateOnly day) => From <= day && day <= Until;

    public bool Overlaps(DateOnly from, DateOnly until) => Days > 0 && From <= until && from <= Until;

    /// <summary>Its days that fall in <paramref name="year"/>.</summary>
    public int DaysIn(int year)
    {
        var first = Math.Max(From.DayNumber, new DateOnly(year, 1, 1).DayNumber);
        var last = Math.Min(Until.DayNumber, new DateOnly(year, 12, 31).DayNumber);
        return Math.Max(0, last - first + 1);
    }
}
