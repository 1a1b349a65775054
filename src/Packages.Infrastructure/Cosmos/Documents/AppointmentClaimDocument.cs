using System.Text.Json.Serialization;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// The package an appointment is charged to (id "appointment.{appointmentId}", in the clinic's partition).
/// Appointment ids cannot contain '/', so no other document id takes this form.
/// </summary>
public sealed record AppointmentClaimDocument(string Id, string ClinicId, string AppointmentId, string PackageId, int Fence)
{
    public string Type { get; init; } = DocumentTypes.AppointmentClaim;

    public int SchemaVersion { get; init; } = 1;

    [JsonPropertyName("_etag")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ETag { get; init; }

    public static string IdFor(string appointmentId) => $"appointment.{appointmentId}";
}
