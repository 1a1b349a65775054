using Packages.Domain.Common;

namespace Packages.Domain.Packages.Events;

/// <summary>package-deleted: a sale made by mistake, removed while nothing was paid; <see cref="Price"/> is what was invoiced.</summary>
public sealed record PackageDeleted(string Reason, Money Price) : PackageEventData;
