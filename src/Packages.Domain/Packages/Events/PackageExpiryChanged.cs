namespace Packages.Domain.Packages.Events;

/// <summary>package-expiry-changed: staff changed or cleared (null = never) the last day of use.</summary>
public sealed record PackageExpiryChanged(DateOnly? ExpiresOn, DateOnly? PreviousExpiresOn, string Reason) : PackageEventData;
