namespace Packages.Application.Ports;

/// <summary>
/// Which package an appointment is charged to: at most one claim per appointment in a clinic. The claim is
/// created before the package is written, so two requests for one appointment can never charge two packages.
/// <see cref="Fence"/> is the package's claim fence when the claim was made or last confirmed.
/// </summary>
public sealed record AppointmentClaim(string ClinicId, string AppointmentId, string PackageId, int Fence);

public interface IAppointmentClaims
{
    Task<Versioned<AppointmentClaim>?> FindAsync(string clinicId, string appointmentId, CancellationToken cancellationToken);

    /// <summary>Creates the claim: its ETag, or null when the appointment already has one.</summary>
    Task<string?> TryCreateAsync(AppointmentClaim claim, CancellationToken cancellationToken);

    /// <summary>Replaces the claim if it still has <paramref name="etag"/>: its new ETag, or null when it changed or is gone.</summary>
    Task<string?> TryReplaceAsync(AppointmentClaim claim, string etag, CancellationToken cancellationToken);

    /// <summary>Deletes the claim if it still has <paramref name="etag"/>; false when it changed or is gone.</summary>
    Task<bool> TryDeleteAsync(string clinicId, string appointmentId, string etag, CancellationToken cancellationToken);
}
