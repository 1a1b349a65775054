using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-expired: the sweep found it past its last day. <see cref="ValueLeft"/> is the value of the unused
/// sessions (breakage, as far as it was paid: see <see cref="AmountPaid"/>).
/// </summary>
public sealed record PackageExpired(DateOnly ExpiresOn, Money ValueLeft, Money AmountPaid) : PackageEventData;
