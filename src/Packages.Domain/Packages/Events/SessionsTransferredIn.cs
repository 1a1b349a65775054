using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// sessions-transferred-in: the first event of a package made of sessions moved out of <see cref="FromPackageId"/>;
/// <see cref="Value"/> (their allocated value there) is its price and is paid by the move.
/// </summary>
public sealed record SessionsTransferredIn(string FromPackageId, int Sessions, Money Value, DateOnly? ExpiresOn) : PackageEventData;
