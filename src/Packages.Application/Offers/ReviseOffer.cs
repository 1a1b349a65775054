using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Application.Offers;

public sealed record ReviseOfferCommand(string ClinicId, string OfferId, OfferTermsInput Terms);

/// <summary>Changes an active offer's terms for future sales; packages already sold keep theirs.</summary>
public sealed class ReviseOffer(OfferUpdater updater, TimeProvider time)
{
    public async Task<Result<Offer>> ExecuteAsync(ReviseOfferCommand command, CancellationToken cancellationToken)
    {
        var terms = command.Terms.ToTerms();
        var plan = command.Terms.ToPlan();
        if (!terms.IsSuccess || !plan.IsSuccess)
        {
            return terms.Error ?? plan.Error!;
        }

        return await updater.UpdateAsync(command.ClinicId, command.OfferId, offer => (offer.Membership is null) != (plan.Value is null)
            ? DomainError.Validation("membership", "An offer stays what it was created as: a package offer or a membership plan.")
            : offer.Revise(terms.Value, command.Terms.SoldOnline, time.GetUtcNow(), plan.Value), cancellationToken);
    }
}
