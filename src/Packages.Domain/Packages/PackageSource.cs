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

    /// <summary>One period of a membership, opened at enrolment or by the renewal.</summary>
    Membership,
}
