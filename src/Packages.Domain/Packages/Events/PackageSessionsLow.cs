namespace Packages.Domain.Packages.Events;

/// <summary>package-sessions-low: a redemption left <see cref="Threshold"/> sessions, the clinic's "running low" mark.</summary>
public sealed record PackageSessionsLow(int Threshold) : PackageEventData;
