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
    public Money Liability
    {
        get
        {
            var zero = Money.Zero(Terms.Price.Currency);
            if (Status != PackageStatus.Active)
            {
                return zero;
            }

            var unusedPaid = AmountPaid.Subtract(ValueUsed).Subtract(ValueTransferred);
            return unusedPaid.AmountMinor <= 0 ? zero : ValueLeft.IsAtLeast(unusedPaid) ? unusedPaid : ValueLeft;
        }
    }

    /// <summary>What the events raised so far have booked; null before the first change.</summary>
    public LiabilityBooking? LiabilityBooked { get; private set; }

    /// <summary>The change since the last booking, under <paramref name="data"/>'s category; null when nothing changed.</summary>
    private LiabilityChange? BookLiability(PackageEventData data, DateTimeOffset now)
    {
        var balance = Liability;
        var booked = LiabilityBooked?.Balance ?? Money.Zero(Terms.Price.Currency);
        if (balance == booked)
        {
            // A new last day, even one already past, takes effect now: an expiry it causes never counts earlier.
            LiabilityBooked = data is PackageExpiryChanged ? new LiabilityBooking(booked, now) : LiabilityBooked;
            return null;
        }

        // An expiry counts at the last instant of the last day (the sweep runs later: the day's month is the one it closes),
        // but never before the package's last change or the change of its last day, so its changes count in the order they happened.
        var effective = data is PackageExpired && ExpiresAt is { } end && end <= now ? end.AddTicks(-1) : now;
        if (LiabilityBooked is { } last && effective < last.At)
        {
            effective = last.At;
        }

        LiabilityBooked = new LiabilityBooking(balance, effective);
        return new LiabilityChange(CategoryOf(data), balance.Subtract(booked), balance, effective);
    }

    private static LiabilityCategory CategoryOf(PackageEventData data) => data switch
    {
        PackagePaymentRecorded => LiabilityCategory.Paid,
        SessionRedeemed or RedemptionReversed => LiabilityCategory.Recognized,
        PackageExpired or PackageExpiryChanged or PackageCancelled => LiabilityCategory.Breakage,
        RefundRequested => LiabilityCategory.Refunded,
        SessionsTransferredOut or SessionsTransferredIn => LiabilityCategory.Transferred,
        PackageImported => LiabilityCategory.Imported,
        _ => LiabilityCategory.Adjusted,
    };
}
