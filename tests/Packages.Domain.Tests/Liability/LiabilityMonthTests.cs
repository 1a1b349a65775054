using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Liability;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Liability;

/// <summary>Months in a clinic's zone, how entries roll forward through them, and which stored months an entry takes back.</summary>
public sealed class LiabilityMonthTests
{
    private static readonly TimeZoneInfo Toronto = ClinicCalendar.FindZone("America/Toronto");

    private static LiabilityEntry Entry(string id, LiabilityCategory category, long change, DateTimeOffset at, string currency = "CAD") =>
        new(id, "test", "clinic-1", "pkg-" + id, "client-1", [new LiabilityPart(category, new Money(change, currency))], new Money(change, currency),
            new Money(Math.Max(change, 0), currency), at);

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("1990-01", true)]
    [InlineData("2199-12", true)]
    [InlineData("1989-12", false)]
    [InlineData("2200-01", false)]
    [InlineData("2026-00", false)]
    [InlineData("2026-13", false)]
    [InlineData("2026-1", false)]
    [InlineData("2026/11", false)]
    [InlineData("+026-11", false)]
    [InlineData("２０２６-11", false)]
    [InlineData("2026-11\n", false)]
    [InlineData(null, false)]
    public void A_month_is_yyyy_MM_within_the_calendar_range(string? text, bool valid) =>
        Assert.Equal(valid, ReportMonth.Parse(text).IsSuccess);

    [Fact]
    public void A_month_runs_from_local_midnight_on_its_first_day_to_local_midnight_on_the_next_months()
    {
        var november = ReportMonth.Parse("2026-11").Value;

        Assert.Equal(DateTimeOffset.Parse("2026-11-01T04:00:00Z"), november.StartIn(Toronto)); // still daylight time
        Assert.Equal(DateTimeOffset.Parse("2026-12-01T05:00:00Z"), november.EndIn(Toronto));    // standard time
        Assert.Equal(november, ReportMonth.Containing(DateTimeOffset.Parse("2026-12-01T04:59:59Z"), Toronto));
        Assert.Equal(november.Next, ReportMonth.Containing(DateTimeOffset.Parse("2026-12-01T05:00:00Z"), Toronto));
        Assert.Equal("2027-01", november.Next.Next.ToString());
        Assert.Equal("2025-12", ReportMonth.Parse("2026-01").Value.Previous.ToString());
    }

    [Fact]
    public void Each_month_opens_with_the_last_ones_closing_and_a_currency_stays_listed_while_it_has_a_balance()
    {
        var entries = new[]
        {
            Entry("1", LiabilityCategory.Paid, 90_000, DateTimeOffset.Parse("2026-10-15T12:00:00Z")),
            Entry("2", LiabilityCategory.Recognized, -9_000, DateTimeOffset.Parse("2026-10-20T12:00:00Z")),
            Entry("3", LiabilityCategory.Paid, 5_000, DateTimeOffset.Parse("2026-10-21T12:00:00Z"), "EUR"),
            Entry("4", LiabilityCategory.Refunded, -5_000, DateTimeOffset.Parse("2026-11-02T12:00:00Z"), "EUR"),
            Entry("5", LiabilityCategory.Breakage, -81_000, DateTimeOffset.Parse("2026-12-01T04:59:59Z")), // 23:59:59 on 30 November
        };

        var months = LiabilityMonth.Roll(null, ReportMonth.Parse("2026-10").Value, ReportMonth.Parse("2026-12").Value, entries, Toronto);

        Assert.Equal(["CAD 0 → 81000", "EUR 0 → 5000"], months[0].Rows.Select(r => $"{r.Currency} {r.Opening} → {r.Closing}"));
        Assert.Equal(["CAD 81000 → 0", "EUR 5000 → 0"], months[1].Rows.Select(r => $"{r.Currency} {r.Opening} → {r.Closing}"));
        Assert.Equal((9_000L, 81_000L, 5_000L), (months[0].Rows[0].Recognized, months[1].Rows[0].Breakage, months[1].Rows[1].Refunded));
        Assert.Empty(months[2].Rows); // nothing owed, nothing moved
    }

    [Fact]
    public void Stored_months_are_trusted_only_once_verified_and_an_entry_takes_back_its_month_and_every_later_one()
    {
        var months = LiabilityMonth.Roll(null, ReportMonth.Parse("2026-09").Value, ReportMonth.Parse("2026-11").Value,
            [Entry("1", LiabilityCategory.Paid, 1_000, DateTimeOffset.Parse("2026-09-10T12:00:00Z"))], Toronto);
        var pending = LiabilityClosings.Empty("clinic-1", "America/Toronto").Pending(months);

        Assert.Null(pending.Find(months[0].Month));
        Assert.Null(pending.LatestBefore(months[2].Month));
        var verified = pending.Verified();
        Assert.Equal(months[1], verified.LatestBefore(months[2].Month));

        var late = verified.WithoutMonthsFrom(DateTimeOffset.Parse("2026-10-31T12:00:00Z"))!; // counts in October
        Assert.Equal([months[0].Month], late.Months.Select(m => m.Month));
        Assert.Null(late.WithoutMonthsFrom(DateTimeOffset.Parse("2026-10-31T12:00:00Z"))); // nothing left to take back
        Assert.Empty(pending.WithoutMonthsFrom(DateTimeOffset.Parse("2026-09-01T12:00:00Z"))!.Unverified);
    }
}
