using Packages.Domain.Clinics;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

/// <summary>Expiring-soon reminders at the start of the clinic's local day, once per threshold per expiry date; usage reminders on redemption.</summary>
public sealed class ReminderTests
{
    private static readonly DateTimeOffset Sale = DateTimeOffset.Parse("2026-12-20T15:00:00Z");

    [Fact]
    public void Each_threshold_reminds_once_at_the_start_of_its_local_day_across_the_spring_dst_change()
    {
        // Last day 2027-03-21 in Toronto; 7 days before is 2027-03-14, the day clocks go forward (02:00 EST -> 03:00 EDT).
        var package = new PackageBuilder().InZone("America/Toronto").ExpiringAfter(91, ExpiryUnit.Days).SoldAt(Sale).BuildPaid();
        Assert.Equal(new DateOnly(2027, 3, 21), package.ExpiresOn);
        var thirty = DateTimeOffset.Parse("2027-02-19T05:00:00Z"); // 2027-02-19 00:00 EST
        var seven = DateTimeOffset.Parse("2027-03-14T05:00:00Z"); // 2027-03-14 00:00 EST, still before the change

        Assert.Equal(thirty, package.NextReminderAt);
        Assert.False(package.SendDueReminders(thirty.AddTicks(-1)));
        Assert.True(package.SendDueReminders(thirty));
        Assert.False(package.SendDueReminders(thirty.AddHours(1)));
        Assert.Equal(seven, package.NextReminderAt);
        Assert.True(package.SendDueReminders(seven));
        Assert.Null(package.NextReminderAt);

        var reminders = package.Outbox.Select(e => e.Data).OfType<PackageExpiringSoon>().ToList();
        Assert.Equal([(30, 31), (7, 8)], reminders.Select(r => (r.DaysBefore, r.DaysLeft)));
        Assert.All(reminders, r => Assert.Equal(new DateOnly(2027, 3, 21), r.ExpiresOn));
    }

    [Fact]
    public void A_reminder_day_after_the_autumn_change_starts_at_the_local_midnight_of_standard_time()
    {
        // Last day 2026-11-08; 7 days before is 2026-11-01, the day clocks go back (02:00 EDT -> 01:00 EST): midnight is still EDT.
        var package = new PackageBuilder().InZone("America/Toronto").ExpiringAfter(7, ExpiryUnit.Days)
            .SoldAt(DateTimeOffset.Parse("2026-11-01T15:00:00Z")).Reminding(new ReminderPolicy([6], 1)).BuildPaid();

        Assert.Equal(new DateOnly(2026, 11, 8), package.ExpiresOn);
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T05:00:00Z"), package.NextReminderAt); // 2026-11-02 00:00 EST
    }

    [Fact]
    public void Changing_the_expiry_re_arms_the_reminders_for_the_new_date()
    {
        var package = new PackageBuilder().ExpiringAfter(91, ExpiryUnit.Days).SoldAt(Sale).BuildPaid();
        var thirty = package.NextReminderAt!.Value;
        Assert.True(package.SendDueReminders(thirty));

        package.ChangeExpiry(new DateOnly(2027, 6, 30), "Injury", PackageBuilder.Staff, thirty.AddDays(1));

        Assert.Equal(DateTimeOffset.Parse("2027-05-31T04:00:00Z"), package.NextReminderAt); // 2027-05-31 00:00 EDT
        Assert.True(package.SendDueReminders(package.NextReminderAt!.Value));
        Assert.Equal(2, package.Outbox.Select(e => e.Data).OfType<PackageExpiringSoon>().Count(r => r.DaysBefore == 30));
    }

    [Fact]
    public void A_package_sold_inside_a_threshold_is_reminded_once_of_the_most_urgent_one()
    {
        var package = new PackageBuilder().ExpiringAfter(5, ExpiryUnit.Days).SoldAt(Sale).BuildPaid();

        Assert.True(package.SendDueReminders(Sale.AddHours(1)));

        Assert.Equal(7, Assert.Single(package.Outbox.Select(e => e.Data).OfType<PackageExpiringSoon>()).DaysBefore);
        Assert.Null(package.NextReminderAt);
    }

    [Fact]
    public void Redemptions_raise_sessions_low_at_the_threshold_and_completed_at_the_last_session()
    {
        var package = new PackageBuilder().WithSessions(3).Reminding(new ReminderPolicy([30], 1)).BuildPaid();

        package.Redeem("a-1", "massage", PackageBuilder.Staff, Sale);
        package.Redeem("a-2", "massage", PackageBuilder.Staff, Sale);
        package.Redeem("a-3", "massage", PackageBuilder.Staff, Sale);

        var types = package.Outbox.Select(e => e.Type).ToList();
        Assert.Equal(["session-redeemed", "session-redeemed", "package-sessions-low", "session-redeemed", "package-completed"], types.Skip(3)); // sold, payment recorded, unlocked
        Assert.Equal(package.Terms.Price, Assert.IsType<PackageCompleted>(package.Outbox[^1].Data).ValueUsed);
    }

    [Fact]
    public void A_clinic_without_reminders_raises_none_and_bad_policies_are_refused()
    {
        var package = new PackageBuilder().WithSessions(2).ExpiringAfter(5, ExpiryUnit.Days).Reminding(new ReminderPolicy([], 0)).BuildPaid();
        package.Redeem("a-1", "massage", PackageBuilder.Staff, PackageBuilder.SaleTime);

        Assert.Null(package.NextReminderAt);
        Assert.DoesNotContain(package.Outbox, e => e.Type is "package-sessions-low" or "package-expiring-soon");
        Assert.False(ReminderPolicy.Create([7, 7], 1).IsSuccess);
        Assert.False(ReminderPolicy.Create([0], 1).IsSuccess);
        Assert.False(ReminderPolicy.Create([1, 2, 3, 4, 5, 6], 1).IsSuccess);
        Assert.Equal([30, 7], ReminderPolicy.Create([7, 30], null).Value.ExpiringSoonDays);
    }

    [Fact]
    public void A_package_sold_between_thresholds_gets_the_passed_one_at_once_and_the_next_on_its_day()
    {
        var package = new PackageBuilder().ExpiringAfter(10, ExpiryUnit.Days).SoldAt(Sale).BuildPaid();

        Assert.True(package.SendDueReminders(Sale.AddHours(1)));
        Assert.False(package.SendDueReminders(Sale.AddHours(2)));
        Assert.True(package.SendDueReminders(package.NextReminderAt!.Value));

        Assert.Equal([(30, 11), (7, 8)], package.Outbox.Select(e => e.Data).OfType<PackageExpiringSoon>().Select(r => (r.DaysBefore, r.DaysLeft)));
    }

    [Fact]
    public void A_package_whose_sessions_are_all_used_is_not_reminded_of_its_expiry()
    {
        var package = new PackageBuilder().WithSessions(1).ExpiringAfter(5, ExpiryUnit.Days).SoldAt(Sale).BuildPaid();
        package.Redeem("a-1", "massage", PackageBuilder.Staff, Sale);

        Assert.Null(package.NextReminderAt);
        Assert.False(package.SendDueReminders(Sale.AddDays(1)));
    }
}
