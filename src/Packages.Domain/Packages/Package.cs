using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// A package sold to a client: the aggregate that owns every redemption, payment and lifecycle rule.
/// Commands check state before changing it; a refused command changes nothing. Every change is
/// in the audit trail (<see cref="AuditTrail"/>): a redemption is its own line, every other change is
/// written to <see cref="History"/>. Split over partial files by concern.
/// </summary>
public sealed partial class Package
{
    private readonly List<PaymentEntry> _payments;
    private readonly List<Redemption> _redemptions;
    private readonly List<PackageEvent> _history;

    private Package(PackageSnapshot s)
    {
        Id = s.Id;
        ClinicId = s.ClinicId;
        ClientId = s.ClientId;
        OfferId = s.OfferId;
        Terms = s.Terms;
        TimeZoneId = s.TimeZoneId;
        PurchasedAt = s.PurchasedAt;
        ExpiresOn = s.ExpiresOn;
        Status = s.Status;
        Source = s.Source;
        ExternalReference = s.ExternalReference;
        HistoryPagesArchived = s.HistoryPagesArchived;
        _payments = [.. s.Payments];
        _redemptions = [.. s.Redemptions];
        _history = [.. s.History];
        _outbox = [.. s.Outbox];
        EventSequence = s.EventSequence;
        ImportFingerprint = s.ImportFingerprint;
        ClaimFence = s.ClaimFence;
        Reminders = s.Reminders ?? ReminderPolicy.Default;
        ExpiryRemindersSent = s.ExpiryRemindersSent;
        _beneficiaries = [.. s.Beneficiaries ?? []];
        _transfersOut = [.. s.TransfersOut ?? []];
        TransferredFrom = s.TransferredFrom;
        PurchasedBy = s.PurchasedBy;
        HoldUntil = s.HoldUntil;
        OwnerSince = s.OwnerSince;
        Refund = s.Refund;
        LiabilityBooked = s.LiabilityBooked;
        _freezes = [.. s.Freezes ?? []];
        Membership = s.Membership;
    }

    public string Id { get; }

    public string ClinicId { get; }

    /// <summary>The owner: the client it was sold to, or the one it was transferred to.</summary>
    public string ClientId { get; private set; }

    public string OfferId { get; }

    /// <summary>The offer's terms as they were at the sale.</summary>
    public PackageTerms Terms { get; }

    public string TimeZoneId { get; }

    public DateTimeOffset PurchasedAt { get; }

    /// <summary>The last local day the package can be used; null means it never expires.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    public PackageStatus Status { get; private set; }

    public PackageSource Source { get; }

    /// <summary>The older system's reference of an imported package.</summary>
    public string? ExternalReference { get; }

    /// <summary>A digest of the import row an imported package came from, to tell a retried row from a different one.</summary>
    public string? ImportFingerprint { get; }

    public IReadOnlyList<PaymentEntry> Payments => _payments;

    /// <summary>Sessions in use (redeemed or forfeited). Returned sessions live on in <see cref="History"/>.</summary>
    public IReadOnlyList<Redemption> Redemptions => _redemptions;

    /// <summary>
    /// The most recent audit lines other than sessions in use; older ones are in archived
    /// <see cref="HistoryPage"/>s.
    /// </summary>
    public IReadOnlyList<PackageEvent> History => _history;

    public int HistoryPagesArchived { get; private set; }

    /// <summary>The instant the package expires: the end of <see cref="ExpiresOn"/> in the clinic's zone.</summary>
    public DateTimeOffset? ExpiresAt =>
        ExpiresOn is { } day ? ClinicCalendar.EndOfDay(day, ClinicCalendar.FindZone(TimeZoneId)) : null;

    public static Package Rehydrate(PackageSnapshot snapshot) => new(snapshot);

    public PackageSnapshot ToSnapshot() => new(
        Id, ClinicId, ClientId, OfferId, Terms, TimeZoneId, PurchasedAt, ExpiresOn, Status, Source,
        ExternalReference, [.. _payments], [.. _redemptions], [.. _history], HistoryPagesArchived, [.. _outbox], EventSequence,
        ImportFingerprint, ClaimFence, Reminders, ExpiryRemindersSent, [.. _beneficiaries], [.. _transfersOut], TransferredFrom, PurchasedBy, HoldUntil, OwnerSince, Refund,
        LiabilityBooked, [.. _freezes], Membership);

    public static Package Sell(string id, string clientId, Offer offer, PackageTerms terms, Clinic clinic, Actor actor, DateTimeOffset now)
    {
        var purchaseDay = ClinicCalendar.LocalDate(now, clinic.TimeZone);
        var package = new Package(new PackageSnapshot(
            id, clinic.Id, clientId, offer.Id, terms, clinic.TimeZoneId, now, terms.DefaultExpiry.LastDayFor(purchaseDay),
            PackageStatus.Active, PackageSource.Sold, null, [], [], [], 0, [], 0, null, 0, clinic.Reminders));
        package.Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Sold, offer.Id));
        package.Raise(new PackageSold(offer.Id, terms.Price, terms.Sessions, package.ExpiresOn), now);
        return package;
    }

    private void Record(PackageEvent line) => _history.Add(line);
}
