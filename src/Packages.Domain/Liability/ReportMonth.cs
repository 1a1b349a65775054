using System.Globalization;
using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Domain.Liability;

/// <summary>A calendar month in a clinic's time zone ("2026-11"): from the start of its first local day to the start of the next month's.</summary>
public readonly record struct ReportMonth(int Year, int Month) : IComparable<ReportMonth>
{
    public const string Rule = "Give a month as yyyy-MM, e.g. 2026-11.";

    public static Result<ReportMonth> Parse(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12
            || !ClinicCalendar.IsInRange(new DateOnly(Math.Max(year, 1), 1, 1)) || !ClinicCalendar.IsInRange(new DateOnly(Math.Max(year, 1), 12, 31)))
        {
            return DomainError.Validation("month", Rule);
        }

        return new ReportMonth(year, month);
    }

    public static ReportMonth Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var day = ClinicCalendar.LocalDate(instant, zone);
        return new ReportMonth(day.Year, day.Month);
    }

    public ReportMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public ReportMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public DateTimeOffset StartIn(TimeZoneInfo zone) => ClinicCalendar.StartOfDay(new DateOnly(Year, Month, 1), zone);

    public DateTimeOffset EndIn(TimeZoneInfo zone) => Next.StartIn(zone);

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
