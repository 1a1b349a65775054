using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

public sealed record CreateOfferCommand(string ClinicId, OfferTermsInput Terms, string? IdempotencyKey);

/// <summary>Defines a package offer or a membership plan for a registered clinic. Idempotent with an Idempotency-Key.</summary>
public sealed class CreateOffer(IClinicStore clinics, IOfferStore offers, TimeProvider time)
{
    public async Task<Result<Offer>> ExecuteAsync(CreateOfferCommand command, CancellationToken cancellationToken)
    {
        var terms = command.Terms.ToTerms();
        var plan = command.Terms.ToPlan();
        if (!terms.IsSuccess || !plan.IsSuccess)
        {
            return terms.Error ?? plan.Error!;
        }

        if (await clinics.FindAsync(command.ClinicId, cancellationToken) is null)
        {
            return ApplicationErrors.ClinicNotFound(command.ClinicId);
        }

        var id = RequestIdentity.IdFor(command.ClinicId, "create-offer", command.IdempotencyKey);
        var now = time.GetUtcNow();
        var offer = new Offer(id, command.ClinicId, terms.Value, OfferStatus.Active, now, now) { SoldOnline = command.Terms.SoldOnline, Membership = plan.Value };
        var fingerprint = command.Terms.Fingerprint();
        var outcome = await offers.TryCreateAsync(offer, fingerprint, cancellationToken);
        if (outcome.Created)
        {
            return offer;
        }

        return outcome.ExistingFingerprint == fingerprint
            ? (await offers.FindAsync(command.ClinicId, id, cancellationToken))!.Value
            : ApplicationErrors.IdempotencyKeyReused;
    }
}
