using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;
using Packages.Infrastructure.Messaging;

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
            OwnerSince = s.OwnerSince,
            Beneficiaries = s.Beneficiaries is { Count: > 0 } beneficiaries ? [.. beneficiaries] : null,
            TransfersOut = s.TransfersOut is { Count: > 0 } transfers ? [.. transfers.Select(ToDocument)] : null,
            TransferPendingSince = s.TransfersOut?.Where(t => !t.Completed).Select(t => t.At).Order().Cast<DateTimeOffset?>().FirstOrDefault() is { } pending
                ? CosmosJson.SortableInstant(pending) : null,
            TransferredFrom = s.TransferredFrom,
            PurchasedBy = s.PurchasedBy,
            Refund = s.Refund is { } r ? new RefundDocument(r.RefundId, r.Amount.ToDocument(), r.Computed.ToDocument(), r.Reason, r.At, r.By) : null,
            HoldUntil = s.HoldUntil,
            HoldUntilUtc = package.IsHeld ? CosmosJson.SortableInstant(s.HoldUntil!.Value) : null,
            OfferId = s.OfferId,
            Terms = s.Terms.ToDocument(),
            TimeZone = s.TimeZoneId,
            PurchasedAt = s.PurchasedAt,
            ExpiresOn = s.ExpiresOn,
            // Only while active: the sweep's index then holds the packages it may have to expire, not every one that ever expired.
            // A membership's newest period is ended by its renewal (which first carries its unused sessions over), not by the sweep.
            ExpiresAtUtc = package.Status == PackageStatus.Active && package.ExpiresAt is { } at && s.Membership?.RenewsAt is null
                ? CosmosJson.SortableInstant(at) : null,
            Status = s.Status,
            Source = s.Source,
            ExternalReference = s.ExternalReference,
            Payments = [.. s.Payments.Select(p => new PaymentDocument(p.PaymentId, p.Amount.ToDocument(), p.State, p.RecordedAt))],
            Redemptions = [.. s.Redemptions.Select(r => r.ToDocument(s.ClientId, s.Terms))],
            History = [.. s.History.Select(ToDocument)],
            HistoryPagesArchived = s.HistoryPagesArchived,
            Outbox = [.. s.Outbox.Select(ToDocument)],
            PendingEvents = s.Outbox.Count,
            OldestPendingAt = s.Outbox.Count == 0 ? null : CosmosJson.SortableInstant(s.Outbox.Min(e => e.OccurredAt)),
            Reminders = package.Reminders.ToDocument(),
            ExpiryReminders = package.ExpiryRemindersSent.ToDocument(),
            NextReminderAtUtc = package.NextReminderAt is { } next ? CosmosJson.SortableInstant(next) : null,
            EventSequence = s.EventSequence,
            ImportFingerprint = s.ImportFingerprint,
            ClaimFence = s.ClaimFence,
            AmountPaid = package.AmountPaid.ToDocument(),
            Freezes = s.Freezes is { Count: > 0 } freezes ? [.. freezes.Select(f => new FreezeDocument(f.From, f.Until, f.Reason, f.By, f.At, f.PushedDays))] : null,
            LiabilityBooked = s.LiabilityBooked is { } booked ? new LiabilityBookedDocument(booked.Balance.AmountMinor, booked.Released.AmountMinor, booked.At) : null,
            SessionsRemaining = package.SessionsRemaining,
            Membership = s.Membership is { } m ? MembershipPeriodDocument.From(m) : null,
            MembershipId = s.Membership?.MembershipId,
            RenewsAtUtc = s.Membership?.RenewsAt is { } renews ? CosmosJson.SortableInstant(renews) : null,
            GraceEndsAtUtc = s.Membership?.GraceEndsAt is { } graceEnd ? CosmosJson.SortableInstant(graceEnd) : null,
            RecognizeAtUtc = package.NextRecognitionAt is { } recognizeAt ? CosmosJson.SortableInstant(recognizeAt) : null,
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
        [.. d.Redemptions.Select(r => r.ToRedemption(terms, d.ClientId))],
        [.. (d.History ?? []).Select(e => e.ToEvent(terms.Price.Currency))],
        d.HistoryPagesArchived,
        [.. (d.Outbox ?? []).Select(ToEvent)],
        d.EventSequence,
        d.ImportFingerprint,
        d.ClaimFence,
        d.Reminders.ToPolicy(),
        d.ExpiryReminders.ToReminders(),
        d.Beneficiaries,
        [.. (d.TransfersOut ?? []).Select(t => new SessionTransfer(t.ToPackageId, t.ToClientId, t.Slots, t.At, t.By, t.Reason, t.Completed))],
        d.TransferredFrom,
        d.PurchasedBy,
        d.HoldUntil,
        d.OwnerSince,
        d.Refund is { } r ? new RefundRecord(r.RefundId, r.Amount.ToMoney(), r.Computed.ToMoney(), r.Reason, r.At, r.By) : null,
        d.LiabilityBooked is { } booked
            ? new LiabilityBooking(new Money(booked.BalanceMinor, terms.Price.Currency), new Money(booked.ReleasedMinor, terms.Price.Currency), booked.At)
            : null,
        [.. (d.Freezes ?? []).Select(f => new PackageFreeze(f.From, f.Until, f.Reason, f.By, f.At, f.PushedDays))],
        d.Membership?.ToPeriod()));
    }

    public static OutboundEventDocument ToDocument(this OutboundEvent e) => EventEnvelope.ToDocument(e);

    public static OutboundEvent ToEvent(this OutboundEventDocument e) => EventEnvelope.FromDocument(e);

    public static SessionTransferDocument ToDocument(this SessionTransfer t) =>
        new(t.ToPackageId, t.ToClientId, [.. t.Slots], t.At, t.By, t.Reason, t.Completed);

    /// <param name="ownerId">The package's owner: a session the owner used leaves clientId out (its default).</param>
    /// <param name="terms">The package's terms: a value they give (the slot's share of the price) is left out.</param>
    public static RedemptionDocument ToDocument(this Redemption r, string ownerId, PackageTerms terms) => new()
    {
        ValueMinor = r.Value == terms.SessionValue(r.Slot) ? null : r.Value.AmountMinor,
        AppointmentId = r.AppointmentId,
        ClientId = r.ClientId == ownerId ? null : r.ClientId,
        Practitioner = r.Practitioner,
        ServiceCode = r.ServiceCode,
        ServiceType = r.ServiceType,
        At = r.RedeemedAt,
        By = r.RedeemedBy,
        Slot = r.Slot,
        SessionsLeft = r.SessionsRemainingAfter,
        Forfeited = r.Outcome == RedemptionOutcome.Forfeited ? r.ForfeitReason : null,
    };

    public static Redemption ToRedemption(this RedemptionDocument r, PackageTerms terms, string ownerId) => new(
        r.AppointmentId, r.ClientId ?? ownerId, r.ServiceType, r.Slot, r.ValueMinor is { } value ? new Money(value, terms.Price.Currency) : terms.SessionValue(r.Slot),
        r.At, r.By, r.SessionsLeft,
        r.Forfeited is null ? RedemptionOutcome.Redeemed : RedemptionOutcome.Forfeited, r.Forfeited)
    {
        Practitioner = r.Practitioner,
        ServiceCode = r.ServiceCode,
    };

    public static PackageEventDocument ToDocument(this PackageEvent e) => new(e.At, e.Actor, e.Kind)
    {
        Ref = e.Ref,
        Amount = e.Amount?.ToDocument(),
        ServiceType = e.ServiceType,
        ReversalReason = e.ReversalReason,
        ExpiresOn = e.ExpiresOn,
        PreviousExpiresOn = e.PreviousExpiresOn,
        Reason = e.Reason,
        ClientId = e.ClientId,
        Sessions = e.Sessions,
    };

    /// <param name="currency">The package's currency, for lines written before amounts were stored with theirs.</param>
    public static PackageEvent ToEvent(this PackageEventDocument e, string currency)
    {
        var line = new PackageEvent(e.At, e.By, e.Kind, e.Ref)
        {
            Amount = e.Amount?.ToMoney(),
            ServiceType = e.ServiceType,
            ReversalReason = e.ReversalReason,
            ExpiresOn = e.ExpiresOn,
            PreviousExpiresOn = e.PreviousExpiresOn,
            Reason = e.Reason,
            ClientId = e.ClientId,
            Sessions = e.Sessions,
        };
        return e.Detail is { } detail ? HistoryLineDetail.Parse(line, detail, currency) : line;
    }
}
