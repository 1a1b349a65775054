namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>The "type" discriminator of each kind of document in the container.</summary>
public static class DocumentTypes
{
    public const string Clinic = "clinic";
    public const string ClinicDirectoryEntry = "clinicDirectoryEntry";
    public const string Offer = "offer";
    public const string Package = "package";
    public const string HistoryPage = "packageHistoryPage";
    public const string IdempotencyRecord = "idempotencyRecord";
    public const string AppointmentClaim = "appointmentClaim";

    /// <summary>The clinic profile's fixed id inside its clinic's partition.</summary>
    public const string ClinicProfileId = "profile";

    /// <summary>
    /// The partition that lists every clinic (one small entry each), so work that visits all clinics
    /// never needs a cross-partition query. Cannot clash with a clinic id: those start with a letter or digit.
    /// </summary>
    public const string DirectoryPartition = "_directory";
}
