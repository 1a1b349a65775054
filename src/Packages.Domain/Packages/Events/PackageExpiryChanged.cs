using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-expiry-changed: staff changed or cleared (null = never) the last day of use. When the change made an
/// expired package usable again, <see cref="ValueRestored"/> is the unused value that package-expired had released,
/// back in the liability; otherwise zero.
/// </summary>
public sealed record PackageExpiryChanged(DateOnly? ExpiresOn, DateOnly? PreviousExpiresOn, string Reason, Money ValueRestored) : PackageEventData;
