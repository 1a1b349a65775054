using System.Runtime.CompilerServices;
using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosClinicStore(PackagesContainer container) : IClinicStore
{
    public async Task<Clinic?> FindAsync(string clinicId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<ClinicDocument>(
            DocumentTypes.ClinicProfileId, clinicId, DocumentTypes.Clinic, cancellationToken);
        return stored is { Document: var d } ? Clinic.Rehydrate(d.ClinicId, d.Name, d.TimeZone) : null;
    }

    public async Task SaveAsync(Clinic clinic, CancellationToken cancellationToken)
    {
        // Directory entry first: a clinic is never saved without being visible to the sweep.
        await container.UpsertAsync(new ClinicDirectoryEntryDocument(clinic.Id, DocumentTypes.DirectoryPartition),
            DocumentTypes.DirectoryPartition, cancellationToken);
        await container.UpsertAsync(new ClinicDocument(DocumentTypes.ClinicProfileId, clinic.Id, clinic.Name, clinic.TimeZoneId),
            clinic.Id, cancellationToken);
    }

    public async IAsyncEnumerable<string> ListClinicIdsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id FROM c WHERE c.clinicId = @partition AND c.type = @type")
            .WithParameter("@partition", DocumentTypes.DirectoryPartition)
            .WithParameter("@type", DocumentTypes.ClinicDirectoryEntry);
        await foreach (var entry in container.QueryAsync<IdOnly>(query, DocumentTypes.DirectoryPartition, cancellationToken))
        {
            yield return entry.Id;
        }
    }

    private sealed record IdOnly(string Id);
}
