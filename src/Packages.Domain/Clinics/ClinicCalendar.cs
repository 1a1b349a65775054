namespace Packages.Domain.Clinics;

/// <summary>
/// Calendar rules in a clinic's IANA time zone, written down once.
/// A package that "expires on" a date can be used for the whole of that local day: it expires at the
/// first instant of the next local day (end of day, exclusive), whatever the offset or DST change.
/// </summary>
public static class ClinicCalendar
{
    /// <summary>The calendar days accepted from callers (purchase, expiry, history): far from DateOnly's limits.</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1);

    public static readonly DateOnly LatestDate = new(2199, 12, 31);

    /// <summary>How calendar days are written everywhere (API, events, documents, messages).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    public const string RangeMessage = "Give a date from 1990-01-01 to 2199-12-31 (" + DateFormat + ").";

    public static string Format(DateOnly date) => date.ToString(DateFormat, System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);

    public static bool IsInRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant at which <paramref name="date"/> ends in <paramref name="zone"/>.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo zone) => StartOfDay(date.AddDays(1), zone);

    /// <summary>
    /// The first instant whose local date is <paramref name="date"/> (or later, for a day the zone skipped).
    /// Where local midnight does not exist (a DST gap at midnight) the day starts when local time resumes;
    /// where it occurs twice, the earlier occurrence counts; a day the zone skipped entirely (Pacific/Apia,
    /// 2011-12-30) ends where it starts, at the first instant of the next day that exists.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var candidate = FromLocalMidnight(date, zone);
        return IsFirstInstantOn(candidate, date, zone) ? candidate : SearchFirstInstantOn(date, zone);
    }

    /// <summary>Local midnight through the zone's adjustment rules: right for ordinary DST, the fast path.</summary>
    private static DateTimeOffset FromLocalMidnight(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var limit = local.AddDays(2);
        while (zone.IsInvalidTime(local) && local < limit)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static bool IsFirstInstantOn(DateTimeOffset instant, DateOnly date, TimeZoneInfo zone) =>
        LocalDate(instant, zone) >= date && LocalDate(instant.AddTicks(-1), zone) < date;

    /// <summary>
    /// TimeZoneInfo's local-time rules mis-model some historical changes (they treat Samoa's skipped day as a
    /// short gap), while converting an instant from UTC is exact: so search the UTC instants (offsets stay
    /// within ±14 h) for the first one whose local date reaches <paramref name="date"/>.
    /// </summary>
    private static DateTimeOffset SearchFirstInstantOn(DateOnly date, TimeZoneInfo zone)
    {
        var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var before = midnight.AddHours(-26);
        var after = midnight.AddHours(26);
        while (after.Ticks - before.Ticks > 1)
        {
            var middle = before.AddTicks((after.Ticks - before.Ticks) / 2);
            if (LocalDate(middle, zone) >= date)
            {
                after = middle;
            }
            else
            {
                before = middle;
            }
        }

        return after;
    }

    public static bool TryFindZone(string? ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Length > 64)
        {
            return false;
        }

        try
        {
            // Exactly as spelled: the runtime's cache answers other casings of a zone it has loaded, and an id stored
            // in another casing may not resolve on another machine.
            zone = TimeZoneInfo.FindSystemTimeZoneById(ianaId);
            return zone.HasIanaId && zone.Id == ianaId;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    public static TimeZoneInfo FindZone(string ianaId) =>
        TryFindZone(ianaId, out var zone)
            ? zone
            : throw new InvalidOperationException($"Unknown IANA time zone '{ianaId}'.");
}
