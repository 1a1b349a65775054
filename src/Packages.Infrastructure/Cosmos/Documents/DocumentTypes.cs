namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>The "type" discriminator of each kind of document in the container.</summary>
public static class DocumentTypes
{
    public const string Clinic = "clinic";
    public const string Offer = "offer";
    public const string Package = "package";
    public const string HistoryPage = "packageHistoryPage";
    public const string IdempotencyRecord = "idempotencyRecord";
    public const string AppointmentClaim = "appointmentClaim";
    public const string UnpaidPurchases = "unpaidPurchases";
    public const string LiabilityEntry = "liabilityEntry";
    public const string LiabilityClosings = "liabilityClosings";

    /// <summary>The clinic profile's fixed id inside its clinic's partition.</summary>
    public const string ClinicProfileId = "profile";
}
