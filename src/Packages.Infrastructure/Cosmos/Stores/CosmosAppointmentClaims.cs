using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosAppointmentClaims(PackagesContainer container) : IAppointmentClaims
{
    public async Task<Versioned<AppointmentClaim>?> FindAsync(string clinicId, string appointmentId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<AppointmentClaimDocument>(
            AppointmentClaimDocument.IdFor(appointmentId), clinicId, DocumentTypes.AppointmentClaim, cancellationToken);
        return stored is { Document: var d, ETag: var etag }
            ? new Versioned<AppointmentClaim>(new AppointmentClaim(d.ClinicId, d.AppointmentId, d.PackageId, d.Fence), etag)
            : null;
    }

    public Task<string?> TryCreateAsync(AppointmentClaim claim, CancellationToken cancellationToken) =>
        container.CreateAsync(ToDocument(claim), claim.ClinicId, cancellationToken);

    public Task<string?> TryReplaceAsync(AppointmentClaim claim, string etag, CancellationToken cancellationToken) =>
        container.ReplaceAsync(ToDocument(claim), AppointmentClaimDocument.IdFor(claim.AppointmentId), claim.ClinicId, etag, cancellationToken);

    public Task<bool> TryDeleteAsync(string clinicId, string appointmentId, string etag, CancellationToken cancellationToken) =>
        container.DeleteAsync(AppointmentClaimDocument.IdFor(appointmentId), clinicId, etag, cancellationToken);

    private static AppointmentClaimDocument ToDocument(AppointmentClaim claim) =>
        new(AppointmentClaimDocument.IdFor(claim.AppointmentId), claim.ClinicId, claim.AppointmentId, claim.PackageId, claim.Fence);
}
