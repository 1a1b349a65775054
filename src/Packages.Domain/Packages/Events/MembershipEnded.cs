namespace Packages.Domain.Packages.Events;

/// <summary>
/// membership-ended: no period follows <see cref="LastPeriod"/>. <see cref="Reason"/>: cancelled (at the end of the period a
/// cancel named), closed (staff cancelled, deleted or refunded the current period) or calendar-end.
/// </summary>
public sealed record MembershipEnded(string MembershipId, int LastPeriod, DateOnly LastDay, string Reason) : PackageEventData;
