namespace Packages.Domain.Packages.Events;

/// <summary>package-frozen: staff froze the package from <see cref="From"/> through <see cref="Until"/>; its last day moved out by <see cref="Days"/>.</summary>
public sealed record PackageFrozen(DateOnly From, DateOnly Until, int Days, string Reason, DateOnly? ExpiresOn, DateOnly? PreviousExpiresOn) : PackageEventData;
