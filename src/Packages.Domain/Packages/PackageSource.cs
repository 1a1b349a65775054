namespace Packages.Domain.Packages;

public enum PackageSource
{
    Sold,

    /// <summary>Brought over from a clinic's older tracking, with sessions already used.</summary>
    Imported,
}
