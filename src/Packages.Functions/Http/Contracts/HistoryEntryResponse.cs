using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>One audit line: when, who (role:id), what, about which appointment or payment, and why.</summary>
public sealed record HistoryEntryResponse(DateTimeOffset At, string Actor, PackageEventKind Kind, string? Ref, string? Detail);
