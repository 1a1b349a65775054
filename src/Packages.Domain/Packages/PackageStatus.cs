namespace Packages.Domain.Packages;

/// <summary>
/// The lifecycle state that is stored. Whether a package is paid (locked/unlocked) and whether
/// sessions remain are derived from its payments and redemptions, never stored twice.
/// </summary>
public enum PackageStatus
{
    Active,
    Expired,
    Cancelled,
}
