namespace Packages.Application.Ports;

/// <summary>
/// One period of a membership as its list shows it: its package, number, whether it is marked past due, and while it is
/// unpaid and not yet marked, when its grace ends (past it, it is past due even before the timer marks it).
/// </summary>
public sealed record MembershipPeriodEntry(string PackageId, int Period, bool PastDue, DateTimeOffset? GraceEndsAt = null)
{
    public bool IsPastDueAt(DateTimeOffset now) => PastDue || GraceEndsAt <= now;
}

/// <summary>The periods of a membership: one query in the clinic's partition (the membership id is indexed).</summary>
public interface IMembershipPeriods
{
    /// <summary>Every period of the membership, oldest first; empty when there is no such membership in the clinic.</summary>
    Task<IReadOnlyList<MembershipPeriodEntry>> ListAsync(string clinicId, string membershipId, CancellationToken cancellationToken);
}
