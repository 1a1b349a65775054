using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// sessions-transferred-out: <see cref="Sessions"/> unused sessions left this package for the new package
/// <see cref="ToPackageId"/> of <see cref="ToClientId"/>; <see cref="Value"/>, their allocated value, leaves this package's
/// liability and enters that one's (sessions-transferred-in).
/// </summary>
public sealed record SessionsTransferredOut(string ToPackageId, string ToClientId, int Sessions, Money Value, string Reason) : PackageEventData;
