using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

public sealed record SellPackageCommand(string ClinicId, string? OfferId, string? ClientId, string? IdempotencyKey, Actor Actor);

/// <summary>
/// Sells an offer to a client: the package snapshots the offer's terms and the clinic's time zone,
/// and starts unpaid (locked). Idempotent with an Idempotency-Key.
/// </summary>
public sealed class SellPackage(IOfferStore offers, IPackageStore packages, PackageWriter writer, TimeProvider time)
{
    public async Task<Result<Package>> ExecuteAsync(SellPackageCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(command.OfferId), "offerId", "Give the offer's id.")
            .Require(Identifiers.IsValid(command.ClientId), "clientId", Identifiers.Message("the client's id"));
        if (errors.Any)
        {
            return errors.ToError();
        }

        var (clinic, offer) = await offers.FindWithClinicAsync(command.ClinicId, command.OfferId!, cancellationToken);
        if (clinic is null)
        {
            return ApplicationErrors.ClinicNotFound(command.ClinicId);
        }

        if (offer is null)
        {
            return ApplicationErrors.OfferNotFound(command.OfferId!);
        }

        var terms = offer.TermsForSale();
        if (!terms.IsSuccess)
        {
            return terms.Error!;
        }

        var id = RequestIdentity.IdFor(command.ClinicId, "sell-package", command.IdempotencyKey);
        var package = Package.Sell(id, command.ClientId!, offer, terms.Value, clinic, command.Actor, time.GetUtcNow());
        return await writer.CreateOnceAsync(packages, package, existing => existing.OfferId == command.OfferId && existing.ClientId == command.ClientId, cancellationToken);
    }
}
