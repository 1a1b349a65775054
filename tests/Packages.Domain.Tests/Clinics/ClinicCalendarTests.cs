using Packages.Domain.Clinics;

namespace Packages.Domain.Tests.Clinics;

public sealed class ClinicCalendarTests
{
    [Theory]
    [InlineData("America/Toronto", "2026-12-26", "2026-12-27T05:00:00Z")]   // EST, UTC-5
    [InlineData("Europe/Paris", "2026-07-14", "2026-07-14T22:00:00Z")]      // CEST, UTC+2
    [InlineData("Australia/Sydney", "2026-01-31", "2026-01-31T13:00:00Z")]  // AEDT, UTC+11
    [InlineData("Asia/Kolkata", "2026-05-01", "2026-05-01T18:30:00Z")]      // IST, UTC+5:30
    public void A_day_ends_at_the_next_local_midnight(string zone, string day, string expectedUtc)
    {
        var end = ClinicCalendar.EndOfDay(DateOnly.Parse(day), ClinicCalendar.FindZone(zone));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc), end);
    }

    [Fact]
    public void The_day_before_spring_forward_ends_at_local_midnight_in_standard_time()
    {
        // Toronto springs forward on 2026-03-08 at 02:00: midnight starting that day is still EST (UTC-5).
        var end = ClinicCalendar.EndOfDay(new DateOnly(2026, 3, 7), ClinicCalendar.FindZone("America/Toronto"));

        Assert.Equal(DateTimeOffset.Parse("2026-03-08T05:00:00Z"), end);
    }

    [Fact]
    public void The_day_of_spring_forward_is_23_hours_long()
    {
        var zone = ClinicCalendar.FindZone("America/Toronto");
        var day = new DateOnly(2026, 3, 8);

        Assert.Equal(TimeSpan.FromHours(23), ClinicCalendar.EndOfDay(day, zone) - ClinicCalendar.StartOfDay(day, zone));
    }

    [Fact]
    public void The_day_of_fall_back_is_25_hours_long()
    {
        var zone = ClinicCalendar.FindZone("Europe/Paris");
        var day = new DateOnly(2026, 10, 25);

        Assert.Equal(TimeSpan.FromHours(25), ClinicCalendar.EndOfDay(day, zone) - ClinicCalendar.StartOfDay(day, zone));
    }

    [Fact]
    public void Where_local_midnight_does_not_exist_the_day_starts_when_clocks_resume()
    {
        // Santiago springs forward at 00:00 -> 01:00 on 2026-09-06: that day starts at 01:00 local (UTC-3).
        var start = ClinicCalendar.StartOfDay(new DateOnly(2026, 9, 6), ClinicCalendar.FindZone("America/Santiago"));

        Assert.Equal(DateTimeOffset.Parse("2026-09-06T04:00:00Z"), start);
    }

    [Fact]
    public void The_local_date_of_an_instant_follows_the_clinic_zone()
    {
        var instant = DateTimeOffset.Parse("2026-11-27T03:30:00Z");

        Assert.Equal(new DateOnly(2026, 11, 26), ClinicCalendar.LocalDate(instant, ClinicCalendar.FindZone("America/Vancouver")));
        Assert.Equal(new DateOnly(2026, 11, 27), ClinicCalendar.LocalDate(instant, ClinicCalendar.FindZone("Europe/Berlin")));
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_zones_are_not_found(string? zone) => Assert.False(ClinicCalendar.TryFindZone(zone, out _));
}
