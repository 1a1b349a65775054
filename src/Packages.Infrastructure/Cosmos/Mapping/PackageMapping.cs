using System.Text.Json;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

internal static class PackageMapping
{
    public static PackageDocument ToDocument(this Package package)
    {
        var s = package.ToSnapshot();
        return new PackageDocument
        {
            Id = s.Id,
            ClinicId = s.ClinicId,
            ClientId = s.ClientId,
            OfferId = s.OfferId,
            Terms = s.Terms.ToDocument(),
            TimeZone = s.TimeZoneId,
            PurchasedAt = s.PurchasedAt,
            ExpiresOn = s.ExpiresOn,
            ExpiresAtUtc = package.ExpiresAt is { } at ? CosmosJson.SortableInstant(at) : null,
            Status = s.Status,
            Source = s.Source,
            ExternalReference = s.ExternalReference,
            Payments = [.. s.Payments.Select(p => new PaymentDocument(p.PaymentId, p.Amount.ToDocument(), p.State, p.RecordedAt))],
            Redemptions = s.Redemptions.ToLog(s.Terms, s.PurchasedAt),
            History = [.. s.History.Select(ToDocument)],
            HistoryPagesArchived = s.HistoryPagesArchived,
            Outbox = [.. s.Outbox.Select(ToDocument)],
            PendingEvents = s.Outbox.Count,
            EventSequence = s.EventSequence,
            ImportFingerprint = s.ImportFingerprint,
            ClaimFence = s.ClaimFence,
            AmountPaid = package.AmountPaid.ToDocument(),
            SessionsRemaining = package.SessionsRemaining,
        };
    }

    public static Package ToPackage(this PackageDocument d)
    {
        var terms = d.Terms.ToTerms();
        return Package.Rehydrate(new PackageSnapshot(
        d.Id,
        d.ClinicId,
        d.ClientId,
        d.OfferId,
        terms,
        d.TimeZone,
        d.PurchasedAt,
        d.ExpiresOn,
        d.Status,
        d.Source,
        d.ExternalReference,
        [.. d.Payments.Select(p => new PaymentEntry(p.PaymentId, p.Amount.ToMoney(), p.State, p.RecordedAt))],
        [.. d.Redemptions.ToRedemptions(terms, d.PurchasedAt)],
        [.. (d.History ?? []).Select(ToEvent)],
        d.HistoryPagesArchived,
        [.. (d.Outbox ?? []).Select(ToEvent)],
        d.EventSequence,
        d.ImportFingerprint,
        d.ClaimFence));
    }

    public static OutboundEventDocument ToDocument(this OutboundEvent e) => new(
        e.EventId, e.Type, e.OccurredAt,
        e.Data.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value, CosmosJson.Options), StringComparer.Ordinal));

    public static OutboundEvent ToEvent(this OutboundEventDocument e) =>
        new(e.EventId, e.Type, e.OccurredAt, e.Data.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));

    public static PackageEventDocument ToDocument(this PackageEvent e) => new(e.At, e.Actor, e.Kind, e.Ref, e.Detail);

    public static PackageEvent ToEvent(this PackageEventDocument e) => new(e.At, e.By, e.Kind, e.Ref, e.Detail);
}
