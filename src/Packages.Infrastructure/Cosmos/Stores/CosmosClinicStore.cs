using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosClinicStore(PackagesContainer container) : IClinicStore
{
    public async Task<Clinic?> FindAsync(string clinicId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<ClinicDocument>(
            DocumentTypes.ClinicProfileId, clinicId, DocumentTypes.Clinic, cancellationToken);
        return stored is { Document: var d } ? d.ToClinic() : null;
    }

    public Task SaveAsync(Clinic clinic, CancellationToken cancellationToken) =>
        container.UpsertAsync(clinic.ToDocument(), clinic.Id, cancellationToken);
}
