namespace Packages.Domain.Packages.Events;

/// <summary>membership-cancellation-scheduled: the membership ends after period <see cref="EndsAfterPeriod"/> (its last day: <see cref="EndsOn"/>); no later period is invoiced.</summary>
public sealed record MembershipCancellationScheduled(string MembershipId, int EndsAfterPeriod, DateOnly EndsOn, string Reason) : PackageEventData;
