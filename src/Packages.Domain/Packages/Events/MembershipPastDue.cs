using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>membership-past-due: this period was not paid within the clinic's grace; the membership's sessions are refused until it is.</summary>
public sealed record MembershipPastDue(string MembershipId, int Period, Money AmountDue) : PackageEventData;
