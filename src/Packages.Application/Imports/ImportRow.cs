using Packages.Domain.Packages;

namespace Packages.Application.Imports;

/// <summary>One package to import: which offer's terms it follows, and what the old system knew.</summary>
public sealed record ImportRow(string? OfferId, LegacyPackage? Package);
