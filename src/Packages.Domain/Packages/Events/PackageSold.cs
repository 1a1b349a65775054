using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>package-sold: a sale. <see cref="ExpiresOn"/> null means the package never expires.</summary>
public sealed record PackageSold(string OfferId, Money Price, int Sessions, DateOnly? ExpiresOn) : PackageEventData;
