using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Offers;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosOfferStore(PackagesContainer container) : IOfferStore
{
    public async Task<CreateOutcome> TryCreateAsync(Offer offer, string fingerprint, CancellationToken cancellationToken)
    {
        if (await container.CreateAsync(offer.ToDocument(fingerprint), offer.ClinicId, cancellationToken))
        {
            return CreateOutcome.Success;
        }

        var existing = await container.ReadAsync<OfferDocument>(offer.Id, offer.ClinicId, DocumentTypes.Offer, cancellationToken);
        return CreateOutcome.AlreadyExists(existing?.Document.RequestFingerprint);
    }

    public async Task<Offer?> FindAsync(string clinicId, string offerId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<OfferDocument>(offerId, clinicId, DocumentTypes.Offer, cancellationToken);
        return stored?.Document.ToOffer();
    }

    /// <summary>One single-partition query returns both the clinic profile and the offer.</summary>
    public async Task<(Clinic? Clinic, Offer? Offer)> FindWithClinicAsync(string clinicId, string offerId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.clinicId = @clinicId AND ((c.id = @profileId AND c.type = @clinicType) OR (c.id = @offerId AND c.type = @offerType))")
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@profileId", DocumentTypes.ClinicProfileId)
            .WithParameter("@clinicType", DocumentTypes.Clinic)
            .WithParameter("@offerId", offerId)
            .WithParameter("@offerType", DocumentTypes.Offer);
        Clinic? clinic = null;
        Offer? offer = null;
        await foreach (var element in container.QueryAsync<JsonElement>(query, clinicId, cancellationToken))
        {
            if (element.GetProperty("type").GetString() == DocumentTypes.Clinic)
            {
                var d = element.Deserialize<ClinicDocument>(CosmosJson.Options)!;
                clinic = Clinic.Rehydrate(d.ClinicId, d.Name, d.TimeZone);
            }
            else
            {
                offer = element.Deserialize<OfferDocument>(CosmosJson.Options)!.ToOffer();
            }
        }

        return (clinic, offer);
    }
}
