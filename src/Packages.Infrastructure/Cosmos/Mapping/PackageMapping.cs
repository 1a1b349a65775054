using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class PackageMapping
{
    public static PackageDocument ToDocument(this Package package) => new()
    {
        Id = package.Id,
        ClinicId = package.ClinicId,
        ClientId = package.ClientId,
        OfferId = package.OfferId,
        Terms = package.Terms.ToDocument(),
        TimeZone = package.TimeZoneId,
        PurchasedAt = package.PurchasedAt,
        ExpiresOn = package.ExpiresOn,
        ExpiresAtUtc = package.ExpiresAt is { } at ? CosmosJson.SortableInstant(at) : null,
        Status = package.Status,
        Payments = [.. package.Payments.Select(p => new PaymentDocument(p.PaymentId, p.Amount.ToDocument(), p.State, p.RecordedAt))],
        Redemptions = [.. package.Redemptions.Select(r => new RedemptionDocument(
            r.AppointmentId, r.ServiceType, r.Slot, r.Value.ToDocument(), r.RedeemedAt, r.ReversedAt))],
        AmountPaid = package.AmountPaid.ToDocument(),
        SessionsRemaining = package.SessionsRemaining,
    };

    public static Package ToPackage(this PackageDocument d) => new(
        d.Id,
        d.ClinicId,
        d.ClientId,
        d.OfferId,
        d.Terms.ToTerms(),
        d.TimeZone,
        d.PurchasedAt,
        d.ExpiresOn,
        d.Status,
        d.Payments.Select(p => new PaymentEntry(p.PaymentId, p.Amount.ToMoney(), p.State, p.RecordedAt)),
        d.Redemptions.Select(r => new Redemption(r.AppointmentId, r.ServiceType, r.Slot, r.Value.ToMoney(), r.RedeemedAt, r.ReversedAt)));
}
