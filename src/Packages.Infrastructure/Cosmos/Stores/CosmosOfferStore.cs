using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Cosmos.Mapping;

namespace Packages.Infrastructure.Cosmos.Stores;

public sealed class CosmosOfferStore(PackagesContainer container) : IOfferStore
{
    public async Task<CreateOutcome> TryCreateAsync(Offer offer, string fingerprint, CancellationToken cancellationToken)
    {
        if (await container.CreateAsync(offer.ToDocument(fingerprint), offer.ClinicId, cancellationToken) is not null)
        {
            return CreateOutcome.Success;
        }

        var existing = await container.ReadAsync<OfferDocument>(offer.Id, offer.ClinicId, DocumentTypes.Offer, cancellationToken);
        return CreateOutcome.AlreadyExists(existing?.Document.RequestFingerprint);
    }

    public async Task<Versioned<Offer>?> FindAsync(string clinicId, string offerId, CancellationToken cancellationToken)
    {
        var stored = await container.ReadAsync<OfferDocument>(offerId, clinicId, DocumentTypes.Offer, cancellationToken);
        return stored is { } s ? new Versioned<Offer>(s.Document.ToOffer(), s.ETag) : null;
    }

    /// <summary>
    /// Patches only what a revision or archiving changes (terms, online sale, a plan's membership section, status),
    /// conditional on the ETag, so the creating request's fingerprint stays for late retries of the create.
    /// </summary>
    public Task<bool> TryReplaceAsync(Offer offer, string etag, CancellationToken cancellationToken)
    {
        var document = offer.ToDocument(fingerprint: null);
        List<PatchOperation> operations =
        [
            PatchOperation.Set("/terms", document.Terms),
            PatchOperation.Set("/soldOnline", document.SoldOnline),
            PatchOperation.Set("/status", document.Status),
            PatchOperation.Set("/updatedAt", document.UpdatedAt),
        ];
        if (document.Membership is { } plan)
        {
            operations.Add(PatchOperation.Set("/membership", plan)); // a plan stays a plan: a package offer never gets one
        }

        return container.PatchAsync(offer.Id, offer.ClinicId, operations, etag, cancellationToken);
    }

    public async Task<Result<Page<Offer>>> ListAsync(
        string clinicId, OfferStatus? status, string? continuationToken, int pageSize, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.clinicId = @clinicId AND c.type = @type" + (status is null ? "" : " AND c.status = @status"))
            .WithParameter("@clinicId", clinicId)
            .WithParameter("@type", DocumentTypes.Offer);
        if (status is { } s)
        {
            query = query.WithParameter("@status", JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));
        }

        var page = await container.QueryPageAsync<OfferDocument>(
            query, clinicId, $"offers\n{clinicId}\n{status}", continuationToken, pageSize, cancellationToken);
        return page.Map(p => new Page<Offer>([.. p.Items.Select(d => d.ToOffer())], p.ContinuationToken));
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
                clinic = d.ToClinic();
            }
            else
            {
                offer = element.Deserialize<OfferDocument>(CosmosJson.Options)!.ToOffer();
            }
        }

        return (clinic, offer);
    }
}
