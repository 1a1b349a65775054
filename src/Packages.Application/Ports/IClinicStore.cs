using Packages.Domain.Clinics;

namespace Packages.Application.Ports;

public interface IClinicStore
{
    Task<Clinic?> FindAsync(string clinicId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the clinic's profile.</summary>
    Task SaveAsync(Clinic clinic, CancellationToken cancellationToken);
}
