using Packages.Application.Common;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Purchases;

/// <summary>A patient buying an offer sold online, for themselves (no <paramref name="ForClientId"/>) or as a gift.</summary>
public sealed record BuyOnlineCommand(string ClinicId, string BuyerClientId, string? OfferId, string? ForClientId, string? IdempotencyKey);

/// <summary>
/// Creates an unpaid online purchase and asks the payment system for its exact price (package-purchase-requested).
/// The buyer's unpaid purchases are capped by the clinic's limit by construction: the purchase first takes a slot in the
/// buyer's one unpaid-purchases document, by a conditional write, then creates the package under an id derived from the
/// Idempotency-Key (required). Slots of purchases since paid, cancelled, or never created (a crash between the two
/// writes, after <see cref="AbandonedAfter"/>) are freed when the next purchase looks.
/// </summary>
public sealed class BuyOnline(
    IOfferStore offers, IPackageStore packages, IUnpaidPurchases unpaid, PackageWriter writer, TimeProvider time)
{
    /// <summary>Longer than a request can live (IdempotentRequests.ReservationLapse), so a slot is never freed under a request still at work.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    public async Task<Result<Package>> ExecuteAsync(BuyOnlineCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(command.OfferId), "offerId", "Give the offer's id.")
            .Require(command.ForClientId is null || Identifiers.IsValid(command.ForClientId), "forClientId", Identifiers.Message("the id of the client the gift is for"))
            .Require(command.IdempotencyKey is not null, "Idempotency-Key", "Send an Idempotency-Key header: repeating the purchase with it returns the same one.");
        if (errors.Any)
        {
            return errors.ToError();
        }

        var (clinic, offer) = await offers.FindWithClinicAsync(command.ClinicId, command.OfferId!, cancellationToken);
        if (clinic is null || offer is null)
        {
            return clinic is null ? ApplicationErrors.ClinicNotFound(command.ClinicId) : ApplicationErrors.OfferNotFound(command.OfferId!);
        }

        // A repeated purchase returns the one made, even if the offer has since been archived or taken off online sale. A
        // membership plan bought online is an enrolment: the purchase is its first period, "{membershipId}.1".
        var membershipId = RequestIdentity.IdFor(command.ClinicId, "buy-online", command.IdempotencyKey);
        var id = offer.Membership is null ? membershipId : MembershipPeriod.PackageIdOf(membershipId, 1);
        var owner = command.ForClientId ?? command.BuyerClientId;
        if (await packages.FindAsync(command.ClinicId, id, cancellationToken) is { } bought)
        {
            return SameRequest(bought.Value, command, owner);
        }

        var terms = offer.Membership is null ? offer.TermsForSale() : offer.TermsForEnrolment();
        if (!terms.IsSuccess || !offer.SoldOnline)
        {
            return terms.Error ?? Domain.Offers.Offer.NotSoldOnline(offer.Id);
        }

        var slot = await ConflictRetry.RunAsync<bool>(_ => TakeSlotAsync(command, id, clinic.OnlinePurchases.MaxUnpaidPerClient, cancellationToken), cancellationToken);
        if (!slot.IsSuccess)
        {
            return slot.Error!;
        }

        var made = offer.Membership is null
            ? Package.BuyOnline(id, command.BuyerClientId, owner, offer, terms.Value, clinic, time.GetUtcNow())
            : Package.EnrolOnline(membershipId, command.BuyerClientId, owner, offer, clinic, time.GetUtcNow());
        if (!made.IsSuccess)
        {
            return made.Error!;
        }

        var package = made.Value;
        if (await writer.CreateAsync(package, cancellationToken))
        {
            return package;
        }

        // Created meanwhile under this key (a retry on another instance): the same purchase, once it can be read.
        return await packages.FindAsync(command.ClinicId, id, cancellationToken) is { } created
            ? SameRequest(created.Value, command, owner)
            : ApplicationErrors.ConcurrencyConflict;
    }

    /// <summary>One pass at taking a slot for <paramref name="packageId"/>: true when held, null when another write won.</summary>
    private async Task<Result<bool>?> TakeSlotAsync(BuyOnlineCommand command, string packageId, int max, CancellationToken cancellationToken)
    {
        var stored = await unpaid.FindAsync(command.ClinicId, command.BuyerClientId, cancellationToken);
        var held = stored?.Value.Held ?? [];
        if (held.Any(h => h.PackageId == packageId))
        {
            return true;
        }

        var now = time.GetUtcNow();
        var stillHeld = new List<HeldPurchase>();
        foreach (var entry in held)
        {
            var package = await packages.FindAsync(command.ClinicId, entry.PackageId, cancellationToken);
            if (package is null ? now - entry.At < AbandonedAfter : package.Value.IsHeld)
            {
                stillHeld.Add(entry);
            }
        }

        if (stillHeld.Count >= max)
        {
            return PackageErrors.TooManyUnpaidPurchases(max);
        }

        var next = new UnpaidPurchases(command.ClinicId, command.BuyerClientId, [.. stillHeld, new HeldPurchase(packageId, now)]);
        var written = stored is null
            ? await unpaid.TryCreateAsync(next, cancellationToken)
            : await unpaid.TryReplaceAsync(next, stored.ETag, cancellationToken);
        return written is null ? null : true;
    }

    private static Result<Package> SameRequest(Package bought, BuyOnlineCommand command, string owner) =>
        bought.OfferId == command.OfferId && bought.PurchasedBy == command.BuyerClientId && bought.ClientId == owner
            ? bought
            : ApplicationErrors.IdempotencyKeyReused;
}
