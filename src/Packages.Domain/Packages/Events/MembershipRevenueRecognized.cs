using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// membership-revenue-recognized: an unlimited plan's period recognized <see cref="Amount"/> more of its price for the days
/// through <see cref="Through"/> (evenly: the price × days passed ÷ the period's days), at a month's end or when the period
/// ended, or before a payment change; recognized as far as paid (its liability change says how much left the liability).
/// </summary>
public sealed record MembershipRevenueRecognized(string MembershipId, int Period, Money Amount, DateOnly Through) : PackageEventData;
