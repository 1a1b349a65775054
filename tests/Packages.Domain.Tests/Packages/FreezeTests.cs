using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

/// <summary>Freezing a package (docs/rules.md, "Freeze"): no use while frozen, the last day pushed by exactly the frozen local days.</summary>
public sealed class FreezeTests
{
    private static readonly DateTimeOffset Sale = PackageBuilder.SaleTime; // Thursday 26 November 2026, 10:00 in Toronto

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset NoonInToronto(string day) => new(Day(day).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(Day(day) < Day("2027-03-14") ? -5 : -4));

    [Fact]
    public void Fourteen_frozen_days_push_the_last_day_by_fourteen_local_days_across_a_DST_change()
    {
        var package = new PackageBuilder().FreezableUpTo(30).SoldAt(NoonInToronto("2027-02-25")).ExpiringAfter(14, ExpiryUnit.Days).BuildPaid();
        Assert.Equal((Day("2027-03-11"), DateTimeOffset.Parse("2027-03-12T05:00:00Z")), (package.ExpiresOn, package.ExpiresAt)); // standard time

        Assert.True(package.Freeze(Day("2027-03-01"), Day("2027-03-14"), "Sprained ankle", PackageBuilder.Staff, NoonInToronto("2027-02-26")).Value);

        // Fourteen days later in the clinic's calendar: midnight after 25 March is daylight time, so the instant moves 14 × 24 h − 1 h.
        Assert.Equal((Day("2027-03-25"), DateTimeOffset.Parse("2027-03-26T04:00:00Z")), (package.ExpiresOn, package.ExpiresAt));
        var frozen = Assert.IsType<PackageFrozen>(package.Outbox[^1].Data);
        Assert.Equal((14, Day("2027-03-25"), Day("2027-03-11")), (frozen.Days, frozen.ExpiresOn, frozen.PreviousExpiresOn));
    }

    [Fact]
    public void No_session_is_used_while_frozen_but_payments_still_lock_and_unlock_and_use_resumes_the_next_day()
    {
        var package = new PackageBuilder().FreezableUpTo(30).ExpiringAfter(30, ExpiryUnit.Days).Build();
        package.Freeze(Day("2026-11-27"), Day("2026-11-30"), "Travel", PackageBuilder.Staff, Sale);

        var paid = package.ApplyPayment("p-1", new Money(90_000, "CAD"), NoonInToronto("2026-11-28"));
        var during = package.Redeem("a-1", "massage", PackageBuilder.Staff, NoonInToronto("2026-11-30"));
        var after = package.Redeem("a-2", "massage", PackageBuilder.Staff, NoonInToronto("2026-12-01"));

        Assert.True(paid.Value.Unlocked, "a freeze stops use, not payment: the payment unlocks the package");
        Assert.Equal(ErrorCodes.PackageFrozen, during.Error!.Code);
        Assert.True(after.IsSuccess);
        Assert.True(package.Redeem("a-0", "massage", PackageBuilder.Staff, NoonInToronto("2026-11-26")).IsSuccess); // before it begins
    }

    [Fact]
    public void Ending_a_freeze_early_gives_back_the_days_not_used_and_ending_one_not_begun_gives_back_all()
    {
        var package = new PackageBuilder().FreezableUpTo(60).ExpiringAfter(30, ExpiryUnit.Days).BuildPaid(); // last day 26 December
        package.Freeze(Day("2026-12-01"), Day("2026-12-10"), "Injury", PackageBuilder.Staff, Sale);
        package.Freeze(Day("2026-12-20"), Day("2026-12-24"), "Travel", PackageBuilder.Staff, Sale);
        Assert.Equal(Day("2027-01-10"), package.ExpiresOn); // + 10 + 5

        Assert.True(package.EndFreeze(Day("2026-12-01"), "Recovered", PackageBuilder.Staff, NoonInToronto("2026-12-04")).Value); // frozen 1-3 December
        Assert.Equal(Day("2027-01-03"), package.ExpiresOn);
        Assert.True(package.Redeem("a-1", "massage", PackageBuilder.Staff, NoonInToronto("2026-12-04")).IsSuccess);

        Assert.True(package.EndFreeze(Day("2026-12-20"), "Trip cancelled", PackageBuilder.Staff, NoonInToronto("2026-12-05")).Value);
        Assert.Equal(Day("2026-12-29"), package.ExpiresOn); // 26 December + the 3 days used
        Assert.False(package.EndFreeze(Day("2026-12-20"), "Trip cancelled", PackageBuilder.Staff, NoonInToronto("2026-12-05")).Value);
        Assert.Equal([3, 0], package.Freezes.Select(f => f.Days));
        Assert.Equal(ErrorCodes.FreezeNotFound, package.EndFreeze(Day("2026-12-02"), "No such", PackageBuilder.Staff, Sale).Error!.Code);
    }

    [Fact]
    public void A_freeze_is_refused_beyond_the_offers_days_in_a_calendar_year_on_overlapping_days_and_when_not_offered()
    {
        var package = new PackageBuilder().FreezableUpTo(20).ExpiringAfter(12, ExpiryUnit.Months).BuildPaid();
        Assert.True(package.Freeze(Day("2026-12-01"), Day("2026-12-15"), "Injury", PackageBuilder.Staff, Sale).Value); // 15 days of 2026

        var tooMany = package.Freeze(Day("2026-12-20"), Day("2027-01-05"), "Travel", PackageBuilder.Staff, Sale); // 12 in 2026
        var overlapping = package.Freeze(Day("2026-12-10"), Day("2026-12-11"), "Again", PackageBuilder.Staff, Sale);
        var nextYear = package.Freeze(Day("2026-12-27"), Day("2027-01-10"), "Travel", PackageBuilder.Staff, Sale); // 5 in 2026, 10 in 2027
        var again = package.Freeze(Day("2026-12-01"), Day("2026-12-15"), "Injury", PackageBuilder.Staff, Sale);

        Assert.Equal(ErrorCodes.FreezeLimitReached, tooMany.Error!.Code);
        Assert.Equal(ErrorCodes.FreezeOverlaps, overlapping.Error!.Code);
        Assert.True(nextYear.Value);
        Assert.False(again.Value); // the same freeze again changes nothing
        Assert.Equal(ErrorCodes.FreezeNotOffered,
            new PackageBuilder().BuildPaid().Freeze(Day("2026-12-01"), Day("2026-12-02"), "Injury", PackageBuilder.Staff, Sale).Error!.Code);
    }

    [Theory]
    [InlineData("2026-11-25", "2026-11-30", "from")] // began yesterday in the clinic's calendar
    [InlineData("2026-12-05", "2026-12-01", "until")]
    [InlineData("2026-12-27", "2026-12-30", "from")] // after the last day (26 December)
    [InlineData("0001-01-01", "9999-12-31", "from")] // outside the calendar: refused, never pushed
    public void A_freeze_must_begin_today_or_later_end_after_it_begins_and_begin_by_the_last_day(string from, string until, string field)
    {
        var package = new PackageBuilder().FreezableUpTo(60).ExpiringAfter(30, ExpiryUnit.Days).BuildPaid();

        var refused = package.Freeze(Day(from), Day(until), "Injury", PackageBuilder.Staff, Sale);

        Assert.Equal(field, Assert.Single(refused.Error!.FieldErrors!).Key);
        Assert.Empty(package.Freezes);
    }

    [Fact]
    public void Ending_a_freeze_gives_back_only_days_it_added_to_the_last_day_that_stands()
    {
        var never = new PackageBuilder().FreezableUpTo(60).BuildPaid(); // never expires: a freeze adds no day
        never.Freeze(Day("2026-12-01"), Day("2026-12-30"), "Injury", PackageBuilder.Staff, Sale);
        never.ChangeExpiry(Day("2027-06-30"), "Six months", PackageBuilder.Staff, Sale);
        never.EndFreeze(Day("2026-12-01"), "Recovered", PackageBuilder.Staff, Sale);

        var changed = new PackageBuilder().FreezableUpTo(60).ExpiringAfter(30, ExpiryUnit.Days).BuildPaid();
        changed.Freeze(Day("2026-12-01"), Day("2026-12-30"), "Injury", PackageBuilder.Staff, Sale); // 26 December + 30
        changed.ChangeExpiry(Day("2026-12-31"), "Staff's own day", PackageBuilder.Staff, Sale);
        changed.EndFreeze(Day("2026-12-01"), "Recovered", PackageBuilder.Staff, Sale);

        Assert.Equal(Day("2027-06-30"), never.ExpiresOn);
        Assert.Equal(Day("2026-12-31"), changed.ExpiresOn);
    }

    [Fact]
    public void Sessions_cannot_leave_a_package_by_a_move_while_a_freeze_is_on_or_ahead()
    {
        var package = new PackageBuilder().FreezableUpTo(60).ExpiringAfter(30, ExpiryUnit.Days).BuildPaid();
        package.Freeze(Day("2026-12-01"), Day("2026-12-30"), "Injury", PackageBuilder.Staff, Sale);

        var moved = package.MoveSessions("moved-1", "friend", 2, "Gift", PackageBuilder.Staff, Sale);

        Assert.Equal(ErrorCodes.PackageFrozen, moved.Error!.Code);
        Assert.Empty(package.TransfersOut);
    }

    [Fact]
    public void An_ended_package_is_not_frozen()
    {
        var cancelled = new PackageBuilder().FreezableUpTo(30).BuildPaid();
        cancelled.Cancel("Moved away", PackageBuilder.Staff, Sale);
        var expired = new PackageBuilder().FreezableUpTo(30).ExpiringAfter(1, ExpiryUnit.Days).BuildPaid();
        var later = expired.ExpiresAt!.Value.AddHours(1);

        Assert.Equal(ErrorCodes.PackageCancelled, cancelled.Freeze(Day("2026-12-01"), Day("2026-12-02"), "Injury", PackageBuilder.Staff, Sale).Error!.Code);
        Assert.Equal(ErrorCodes.PackageExpired, expired.Freeze(Day("2026-11-28"), Day("2026-11-29"), "Injury", PackageBuilder.Staff, later).Error!.Code);
    }
}
