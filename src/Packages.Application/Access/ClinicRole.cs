namespace Packages.Application.Access;

public enum ClinicRole
{
    Admin,
    Staff,

    /// <summary>A client of the clinic: sees only their own packages.</summary>
    Patient,
}
