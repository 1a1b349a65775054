namespace Packages.Domain.Packages.Events;

/// <summary>membership-resumed: a scheduled cancel was withdrawn before it took effect; renewals go on.</summary>
public sealed record MembershipResumed(string MembershipId, int Period, string Reason) : PackageEventData;
