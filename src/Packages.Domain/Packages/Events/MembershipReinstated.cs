using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>membership-reinstated: a past-due period is now paid (usable again if no other period is past due).</summary>
public sealed record MembershipReinstated(string MembershipId, int Period, Money AmountPaid) : PackageEventData;
