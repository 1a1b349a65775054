using Packages.Application.Common;
using Packages.Application.Offers;
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
        var found = await offers.FindAsync(command.ClinicId, command.OfferId, command.ClientId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (clinic, offer) = found.Value;

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
