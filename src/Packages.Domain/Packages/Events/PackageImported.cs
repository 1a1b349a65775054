using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>
/// package-imported: a package brought over from older tracking, with the sessions it had already used and their
/// value (the part of the price recognized before the import), and what had been paid there and is still due.
/// </summary>
public sealed record PackageImported(
    string ExternalReference, Money Price, int Sessions, int SessionsUsed, Money ValueUsed, Money AmountPaid, Money AmountDue, DateOnly? ExpiresOn) : PackageEventData;
