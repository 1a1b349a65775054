namespace Packages.Domain.Packages;

public enum PackageSource
{
    Sold,

    /// <summary>Brought over from a clinic's older tracking, with sessions already used.</summary>
    Imported,

    /// <summary>Made of unused sessions moved out of another package of the clinic.</summary>
    Transferred,

    /// <summary>Bought online by a patient, for themselves or as a gift for another client.</summary>
    Online,
}
