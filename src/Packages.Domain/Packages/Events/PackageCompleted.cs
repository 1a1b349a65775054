using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>package-completed: the last session was used; <see cref="ValueUsed"/> is the whole price, recognized.</summary>
public sealed record PackageCompleted(Money ValueUsed) : PackageEventData;
