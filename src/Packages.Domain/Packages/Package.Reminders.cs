using Packages.Domain.Clinics;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// Reminders the clinic's messaging sends on (events): the expiry coming (<see cref="ReminderPolicy.ExpiringSoonDays"/>
/// days before the last day, at the start of that local day in the clinic's zone, once per threshold per expiry date:
/// a changed expiry re-arms them), few sessions left, and the last session used.
/// </summary>
public sealed partial class Package
{
    /// <summary>The policy of the sale (the clinic's at the time).</summary>
    public ReminderPolicy Reminders { get; }

    public ExpiryReminders? ExpiryRemindersSent { get; private set; }

    /// <summary>
    /// When the next expiring-soon reminder falls due; null when none is left for the current expiry, and on a membership's
    /// periods (each ends on the day its invoice named, and the next one follows).
    /// </summary>
    public DateTimeOffset? NextReminderAt =>
        Status == PackageStatus.Active && SessionsRemaining > 0 && Membership is null && ExpiresOn is { } lastDay
            ? PendingThresholds(lastDay).Select(days => ReminderInstant(lastDay, days)).Order().Cast<DateTimeOffset?>().FirstOrDefault()
            : null;

    /// <summary>
    /// Raises package-expiring-soon for the most urgent threshold now due and marks every due one sent: when several are
    /// due at once (a package sold 5 days before expiry), one reminder of the most urgent; a package sold 10 days before
    /// gets the 30-day one at once (daysLeft says how close) and the 7-day one on its day. Nothing for a package whose
    /// sessions are all used. Returns whether it changed.
    /// </summary>
    public bool SendDueReminders(DateTimeOffset now)
    {
        if (Status != PackageStatus.Active || SessionsRemaining == 0 || Membership is not null || ExpiresOn is not { } lastDay || IsPastExpiry(now))
        {
            return false;
        }

        var due = PendingThresholds(lastDay).Where(days => ReminderInstant(lastDay, days) <= now).ToList();
        if (due.Count == 0)
        {
            return false;
        }

        var sent = ExpiryRemindersSent?.For == lastDay ? ExpiryRemindersSent.Days : [];
        ExpiryRemindersSent = new ExpiryReminders(lastDay, [.. sent.Concat(due).Order()]);
        var daysLeft = lastDay.DayNumber - ClinicCalendar.LocalDate(now, ClinicCalendar.FindZone(TimeZoneId)).DayNumber + 1;
        Raise(new PackageExpiringSoon(lastDay, due.Min(), daysLeft, ValueLeft), now);
        return true;
    }

    /// <summary>After a redemption: sessions-low when the sessions left fall to the threshold, completed when none are left.</summary>
    private void RaiseUsageReminders(DateTimeOffset now)
    {
        if (IsUnlimited)
        {
            return; // its sessions are only a cap of visits: nothing is running low
        }

        if (SessionsRemaining == 0)
        {
            Raise(new PackageCompleted(ValueUsed), now);
        }
        else if (SessionsRemaining == Reminders.SessionsLowAt)
        {
            Raise(new PackageSessionsLow(Reminders.SessionsLowAt), now);
        }
    }

    private IEnumerable<int> PendingThresholds(DateOnly lastDay) =>
        Reminders.ExpiringSoonDays.Where(days => ExpiryRemindersSent?.Sent(lastDay, days) != true);

    /// <summary>The start of the local day <paramref name="days"/> days before the last day, in the clinic's zone (DST-safe).</summary>
    private DateTimeOffset ReminderInstant(DateOnly lastDay, int days) =>
        ClinicCalendar.StartOfDay(lastDay.AddDays(-days), ClinicCalendar.FindZone(TimeZoneId));
}
