namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-unfrozen: staff ended the freeze that began on <see cref="From"/> early: it was frozen <see cref="DaysFrozen"/>
/// days (0: ended before it began), usable again from today, and the last day moved back by the days not used.
/// </summary>
public sealed record PackageUnfrozen(DateOnly From, int DaysFrozen, string Reason, DateOnly? ExpiresOn, DateOnly? PreviousExpiresOn) : PackageEventData;
