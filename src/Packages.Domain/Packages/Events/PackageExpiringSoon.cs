using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-expiring-soon: the last day of use (<see cref="ExpiresOn"/>, clinic calendar) is <see cref="DaysBefore"/>
/// days away by the clinic's reminder policy; <see cref="DaysLeft"/> counts today and the last day;
/// <see cref="ValueLeft"/> is what the unused sessions are worth.
/// </summary>
public sealed record PackageExpiringSoon(DateOnly ExpiresOn, int DaysBefore, int DaysLeft, Money ValueLeft) : PackageEventData;
