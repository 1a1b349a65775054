namespace Packages.Application.Packages;

/// <summary>How much of a package a caller sees (docs/rules.md, "Who sees what").</summary>
public enum PackageView
{
    /// <summary>Staff, and the owning patient: everything.</summary>
    Full,

    /// <summary>
    /// A beneficiary, or a client who used sessions of it before (removed, or the owner before a transfer): the package and
    /// its sessions, but not its payments, its history or other clients' appointments.
    /// </summary>
    Shared,
}
