using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>package-locked: an unapplied payment took what is paid below what use requires.</summary>
public sealed record PackageLocked(Money AmountPaid, Money AmountDue) : PackageEventData;
