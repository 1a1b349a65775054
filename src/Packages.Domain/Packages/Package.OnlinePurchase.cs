using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// A package a patient buys online: for themselves, or as a gift whose recipient owns it (the buyer is recorded as
/// <see cref="PurchasedBy"/>). It starts unpaid and held until <see cref="HoldUntil"/>; the first payment ends the hold,
/// and a purchase still without payment at its end is cancelled by the hold timer. A payment arriving after that is
/// refused (purchase-lapsed), never absorbed.
/// </summary>
public sealed partial class Package
{
    /// <summary>The client who bought it online (the owner, or the giver of a gift); null for other sales.</summary>
    public string? PurchasedBy { get; }

    /// <summary>Until an online purchase's first payment: when it is cancelled if none arrives. Kept after a lapse.</summary>
    public DateTimeOffset? HoldUntil { get; private set; }

    /// <summary>Whether the hold is still running: an active online purchase no payment has reached yet.</summary>
    public bool IsHeld => HoldUntil is not null && Status == PackageStatus.Active;

    public static Package BuyOnline(string id, string buyerClientId, string ownerClientId, Offer offer, PackageTerms terms, Clinic clinic, DateTimeOffset now)
    {
        var buyer = new Actor(buyerClientId, "patient");
        var package = new Package(new PackageSnapshot(
            id, clinic.Id, ownerClientId, offer.Id, terms, clinic.TimeZoneId, now,
            terms.DefaultExpiry.LastDayFor(ClinicCalendar.LocalDate(now, clinic.TimeZone)),
            PackageStatus.Active, PackageSource.Online, null, [], [], [], 0, [], 0, null, 0, clinic.Reminders,
            PurchasedBy: buyerClientId, HoldUntil: now + clinic.OnlinePurchases.Hold));
        package.Record(new PackageEvent(now, buyer.ToString(), PackageEventKind.Sold, offer.Id) { ClientId = ownerClientId });
        package.Raise(new PackageSold(offer.Id, terms.Price, terms.Sessions, package.ExpiresOn), now);
        package.Raise(new PackagePurchaseRequested(buyerClientId, ownerClientId, terms.Price, id, package.HoldUntil!.Value), now);
        return package;
    }

    /// <summary>Cancels an online purchase whose hold ended without any payment. Returns whether it changed.</summary>
    public bool CancelIfHoldLapsed(DateTimeOffset now)
    {
        if (!IsHeld || now < HoldUntil)
        {
            return false;
        }

        var reason = $"Not paid within the hold of this online purchase (until {HoldUntil:yyyy-MM-dd'T'HH:mm'Z'}).";
        var released = ValueLeft;
        Status = PackageStatus.Cancelled;
        Record(new PackageEvent(now, Actor.System.ToString(), PackageEventKind.Cancelled) { Reason = reason });
        Raise(new PackageCancelled(reason, released, AmountPaid), now);
        EndMembershipWithPeriod(now); // an online enrolment never paid: the membership ends with its first period
        WriteOffMembershipPeriod();
        return true;
    }

    /// <summary>A payment for an online purchase cancelled before any payment arrived: refused, so the money is returned.</summary>
    private DomainError? CheckLapsedPurchase() =>
        HoldUntil is not null && Status == PackageStatus.Cancelled ? PackageErrors.PurchaseLapsed : null;
}
