using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-imported: a package brought over from older tracking, with the sessions it had already used and
/// their value (the part of the price already recognized before the import).
/// </summary>
public sealed record PackageImported(string ExternalReference, Money Price, int Sessions, int SessionsUsed, Money ValueUsed, DateOnly? ExpiresOn) : PackageEventData;
