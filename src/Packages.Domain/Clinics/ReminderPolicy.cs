using Packages.Domain.Common;

namespace Packages.Domain.Clinics;

/// <summary>
/// When a clinic's packages remind (events for the clinic's messaging): <see cref="ExpiringSoonDays"/> days before
/// the last day of use (package-expiring-soon, once per threshold per expiry date), and when the sessions left
/// fall to <see cref="SessionsLowAt"/> (package-sessions-low; 0: never). A package keeps the policy of its sale.
/// </summary>
public sealed record ReminderPolicy(IReadOnlyList<int> ExpiringSoonDays, int SessionsLowAt)
{
    public const int MaxThresholds = 5;
    public const int MaxDays = 365;

    public static ReminderPolicy Default { get; } = new([30, 7], 1);

    public static Result<ReminderPolicy> Create(IReadOnlyList<int>? expiringSoonDays, int? sessionsLowAt)
    {
        var days = expiringSoonDays ?? Default.ExpiringSoonDays;
        var errors = new FieldErrors()
            .Require(days.Count <= MaxThresholds && days.All(d => d is >= 1 and <= MaxDays) && days.Distinct().Count() == days.Count,
                "reminders.expiringSoonDays", $"Give at most {MaxThresholds} different numbers of days, each 1-{MaxDays}.")
            .Require(sessionsLowAt is null or >= 0 and <= 1000, "reminders.sessionsLowAt", "Give 0 (never) to 1000 sessions left.");
        return errors.Any ? errors.ToError() : new ReminderPolicy([.. days.OrderDescending()], sessionsLowAt ?? Default.SessionsLowAt);
    }

    public bool Equals(ReminderPolicy? other) =>
        other is not null && SessionsLowAt == other.SessionsLowAt && ExpiringSoonDays.SequenceEqual(other.ExpiringSoonDays);

    public override int GetHashCode() => HashCode.Combine(SessionsLowAt, ExpiringSoonDays.Count);
}
