using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-expired: the sweep found it past its last day. <see cref="ValueReleased"/> is the value of the unused
/// sessions leaving the liability (breakage, as far as it was paid: see <see cref="AmountPaid"/>).
/// </summary>
public sealed record PackageExpired(DateOnly ExpiresOn, Money ValueReleased, Money AmountPaid) : PackageEventData;
