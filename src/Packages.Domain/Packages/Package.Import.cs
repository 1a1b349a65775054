using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

public sealed partial class Package
{
    public const string UnspecifiedService = "unspecified";

    /// <summary>
    /// Brings a package over from older tracking. Sessions used there take the first slots (so receipt
    /// values still add up), the amount paid there becomes one applied payment, and from then on the
    /// package behaves like one sold here.
    /// </summary>
    public static Result<Package> Import(string id, Offer offer, Clinic clinic, LegacyPackage legacy, string fingerprint, Actor actor, DateTimeOffset now)
    {
        if (offer.Membership is not null)
        {
            return MembershipErrors.OfferIsMembership(offer.Id); // a membership's history is its periods: not imported as a package
        }

        var terms = offer.Terms;
        var today = ClinicCalendar.LocalDate(now, clinic.TimeZone);
        var errors = new FieldErrors()
            .Require(Identifiers.IsValid(legacy.ExternalReference), "externalReference", Identifiers.Message("the old system's reference"))
            .Require(Identifiers.IsValid(legacy.ClientId), "clientId", "Give the client's id.")
            .Require(legacy.PurchasedOn <= today, "purchasedOn", "The purchase date cannot be in the future.")
            .Require(ClinicCalendar.IsInRange(legacy.PurchasedOn), "purchasedOn", ClinicCalendar.RangeMessage)
            .Require(legacy.ExpiresOn is null || legacy.ExpiresOn >= legacy.PurchasedOn, "expiresOn", "The expiry cannot be before the purchase.")
            .Require(legacy.ExpiresOn is null || ClinicCalendar.IsInRange(legacy.ExpiresOn.Value), "expiresOn", ClinicCalendar.RangeMessage)
            .Require(legacy.SessionsUsed >= 0 && legacy.SessionsUsed <= terms.Sessions, "sessionsUsed", $"Give 0-{terms.Sessions} sessions used.")
            .Require(legacy.History.Count == 0 || legacy.History.Count == legacy.SessionsUsed, "history", "List every used session, or none.")
            .Require(legacy.AmountPaid.AmountMinor is >= 0 and <= Money.MaxAmountMinor, "amountPaid.amountMinor", $"Give 0-{Money.MaxAmountMinor} minor units paid.")
            .Require(legacy.History.All(h => h.On >= legacy.PurchasedOn && h.On <= today), "history", "Each session was used between the purchase and today.")
            .Require(legacy.AmountPaid.Currency == terms.Price.Currency, "amountPaid.currency", $"The offer is priced in {terms.Price.Currency}.")
            .Require(legacy.History.All(h => h.AppointmentId is null || Identifiers.IsValid(h.AppointmentId)), "history", Identifiers.Message("each appointment id"))
            .Require(legacy.History.All(h => h.ServiceType is null || Identifiers.IsValid(h.ServiceType)), "history", Identifiers.Message("each service type"));
        if (errors.Any)
        {
            return errors.ToError();
        }

        var zone = clinic.TimeZone;
        var package = new Package(new PackageSnapshot(
            id, clinic.Id, legacy.ClientId, offer.Id, terms, clinic.TimeZoneId, ClinicCalendar.StartOfDay(legacy.PurchasedOn, zone),
            legacy.ExpiresOn, PackageStatus.Active, PackageSource.Imported, legacy.ExternalReference, [], [], [], 0, [], 0,
            fingerprint, 0, clinic.Reminders));
        package.Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Imported, legacy.ExternalReference));

        for (var slot = 0; slot < legacy.SessionsUsed; slot++)
        {
            var used = slot < legacy.History.Count ? legacy.History[slot] : null;
            var on = used is null ? package.PurchasedAt : ClinicCalendar.StartOfDay(used.On, zone);
            package._redemptions.Add(new Redemption(
                used?.AppointmentId ?? $"import-{slot + 1}", legacy.ClientId, used?.ServiceType ?? UnspecifiedService, slot, terms.SessionValue(slot), on,
                actor.ToString(), terms.Sessions - slot - 1));
        }

        if (legacy.AmountPaid.AmountMinor > 0)
        {
            // ':' cannot appear in a payment system's ids, so this one never collides with a real payment.
            package._payments.Add(new PaymentEntry($"legacy:{legacy.ExternalReference}", legacy.AmountPaid, PaymentState.Applied, now));
        }

        if (package.IsPastExpiry(now))
        {
            // It expired in the old system: it arrives expired, and its unused value was never owed here (no breakage booked now).
            package.Status = PackageStatus.Expired;
            package.Record(new PackageEvent(now, Actor.System.ToString(), PackageEventKind.Expired) { ExpiresOn = package.ExpiresOn });
        }

        package.Raise(new PackageImported(legacy.ExternalReference!, terms.Price, terms.Sessions, legacy.SessionsUsed, package.ValueUsed, package.AmountPaid, package.AmountDue, package.ExpiresOn), now);
        return package;
    }
}
