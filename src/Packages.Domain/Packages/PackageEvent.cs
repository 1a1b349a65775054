namespace Packages.Domain.Packages;

/// <summary>
/// One line of a package's audit trail: when, who, what, about which thing (<see cref="Ref"/>: an
/// appointment or payment id) and why (<see cref="Detail"/>).
/// </summary>
public sealed record PackageEvent(DateTimeOffset At, string Actor, PackageEventKind Kind, string? Ref = null, string? Detail = null);
