namespace Packages.Application.Packages;

/// <summary>How much of a package a caller sees (docs/rules.md, "Who sees what").</summary>
public enum PackageView
{
    /// <summary>Staff: everything.</summary>
    Full,

    /// <summary>
    /// The owning patient: everything about their package, but one received by a whole transfer only from then on
    /// (<see cref="Domain.Packages.Package.OwnerSince"/>): a previous owner's sessions, moves and history stay theirs.
    /// </summary>
    Owner,

    /// <summary>
    /// A beneficiary, or a client who used sessions of it before (removed, or the owner before a transfer): the package and
    /// its sessions, but not its payments, its history, its moves or other clients' appointments.
    /// </summary>
    Shared,
}
