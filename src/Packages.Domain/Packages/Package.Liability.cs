using Packages.Domain.Common;
using Packages.Domain.Liability;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// The package's share of the clinic's liability (deferred revenue), and how each event moves it (docs/rules.md,
/// "Liability roll-forward"). Measured from what was last booked, so the changes of its events always add up to it.
/// </summary>
public sealed partial class Package
{
    /// <summary>
    /// The paid, unused value the clinic owes in sessions now: what is paid less the value used and moved out, never
    /// below zero (used beyond what is paid is a receivable, not a negative liability) nor above the unused sessions'
    /// value (an overpayment is owed back, not in sessions); nothing once expired, cancelled, refunded or deleted.
    /// </summary>
    public Money Liability => Status == PackageStatus.Active ? UnusedPaid : Money.Zero(Terms.Price.Currency);

    /// <summary>
    /// What an expired or cancelled package would owe if it could still be used: released as breakage when it ended, back
    /// in the liability if it is revived; a payment, a payment taken back or a refund after its end changes it, and that
    /// change moves between paid (or refunded) and breakage, so breakage stays the value the clinic keeps.
    /// </summary>
    public Money LiabilityReleased =>
        Status is PackageStatus.Expired or PackageStatus.Cancelled ? UnusedPaid : Money.Zero(Terms.Price.Currency);

    /// <summary>What the events raised so far have booked; null before the first change.</summary>
    public LiabilityBooking? LiabilityBooked { get; private set; }

    /// <summary>Paid less the value used and moved out, kept between 0 and the unused sessions' value.</summary>
    private Money UnusedPaid
    {
        get
        {
            var unusedPaid = AmountPaid.Subtract(ValueUsed).Subtract(ValueTransferred);
            return unusedPaid.AmountMinor <= 0 ? Money.Zero(Terms.Price.Currency) : ValueLeft.IsAtLeast(unusedPaid) ? unusedPaid : ValueLeft;
        }
    }

    /// <summary>The change since the last booking, split by category; null when the liability did not change.</summary>
    private LiabilityChange? BookLiability(PackageEventData data, DateTimeOffset now, DateTimeOffset? bookedAt = null)
    {
        var zero = Money.Zero(Terms.Price.Currency);
        var (balance, released) = (Liability, LiabilityReleased);
        var (booked, bookedReleased) = (LiabilityBooked?.Balance ?? zero, LiabilityBooked?.Released ?? zero);
        if (balance == booked && released == bookedReleased)
        {
            // A new last day, even one already past, takes effect now: an expiry it causes never counts earlier.
            LiabilityBooked = data is PackageExpiryChanged or PackageFrozen or PackageUnfrozen ? new LiabilityBooking(booked, bookedReleased, now) : LiabilityBooked;
            return null;
        }

        // An expiry counts at the last instant of the last day (the sweep runs later: the day's month is the one it closes),
        // but never before the package's last change or the change of its last day, so its changes count in the order they happened.
        var effective = bookedAt ?? (data is PackageExpired && ExpiresAt is { } end && end <= now ? end.AddTicks(-1) : now);
        if (LiabilityBooked is { } last && effective < last.At)
        {
            effective = last.At;
        }

        LiabilityBooked = new LiabilityBooking(balance, released, effective);
        var change = balance.Subtract(booked);
        // An imported package's released value (one that expired in the old system) is where it starts, not breakage of this clinic's books.
        var releasedChange = data is PackageImported ? zero : released.Subtract(bookedReleased);
        // The event's category takes the change of what the package holds or would hold; breakage gives back what the
        // package's end released (an end: −A + A; a revival: +A − A; a payment after the end: +a under paid, −a under breakage).
        LiabilityPart[] parts = [new(CategoryOf(data), change.Add(releasedChange)), new(LiabilityCategory.Breakage, zero.Subtract(releasedChange))];
        var merged = parts.GroupBy(p => p.Category)
            .Select(g => new LiabilityPart(g.Key, g.Aggregate(zero, (sum, p) => sum.Add(p.Change))))
            .Where(p => p.Change.AmountMinor != 0)
            .ToList();
        return merged.Count == 0 ? null : new LiabilityChange(merged, change, balance, effective, ClientId);
    }
    private static LiabilityCategory CategoryOf(PackageEventData data) => data switch
    {
        PackagePaymentRecorded => LiabilityCategory.Paid,
        SessionRedeemed or RedemptionReversed or MembershipRevenueRecognized => LiabilityCategory.Recognized,
        PackageExpired or PackageExpiryChanged or PackageCancelled => LiabilityCategory.Breakage,
        RefundRequested => LiabilityCategory.Refunded,
        SessionsTransferredOut or SessionsTransferredIn => LiabilityCategory.Transferred,
        PackageImported => LiabilityCategory.Imported,
        _ => LiabilityCategory.Adjusted,
    };
}
