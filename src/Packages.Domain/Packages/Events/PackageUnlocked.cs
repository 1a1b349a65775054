using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>package-unlocked: applied payments now cover the price (or, with installments, the next session).</summary>
public sealed record PackageUnlocked(Money AmountPaid, Money AmountDue) : PackageEventData;
