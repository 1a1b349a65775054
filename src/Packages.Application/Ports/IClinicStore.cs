using Packages.Domain.Clinics;

namespace Packages.Application.Ports;

public interface IClinicStore
{
    Task<Clinic?> FindAsync(string clinicId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the clinic's profile and lists it in the clinic directory.</summary>
    Task SaveAsync(Clinic clinic, CancellationToken cancellationToken);

    /// <summary>Every registered clinic id, for work that visits each clinic (the expiry sweep).</summary>
    IAsyncEnumerable<string> ListClinicIdsAsync(CancellationToken cancellationToken);
}
