namespace Packages.Domain.Packages;

/// <summary>Older audit lines moved out of the package document so that it stays small.</summary>
public sealed record HistoryPage(string PackageId, int Number, IReadOnlyList<PackageEvent> Events);
