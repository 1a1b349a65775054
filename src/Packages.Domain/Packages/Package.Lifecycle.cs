using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

public sealed partial class Package
{
    public const int HistoryKeptInDocument = 40;
    public const int HistoryPageSize = 30;

    /// <summary>
    /// Marks an active package whose expiry has passed as expired. Returns whether it changed. The sweep calls it, and so
    /// does every command that moves money or sessions on the package first: past its last day a package has ended,
    /// whether or not the sweep has run, so its expiry counts before the command (docs/rules.md, "Liability roll-forward").
    /// </summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        // A membership's running period ends by its renewal's first write, which carries its unused sessions over as of the
        // period's end: so does a payment, refund or cancel arriving after that end, before the renewal timer has run.
        if (Membership is { RenewsAt: { } due } && now >= due)
        {
            return Renew(now) is not null || Membership.RenewsAt is null;
        }

        if (Status != PackageStatus.Active || !IsPastExpiry(now) || Membership is { RenewsAt: not null })
        {
            return false;
        }

        Status = PackageStatus.Expired;
        Record(new PackageEvent(now, Actor.System.ToString(), PackageEventKind.Expired) { ExpiresOn = ExpiresOn });
        Raise(new PackageExpired(ExpiresOn!.Value, ValueLeft, AmountPaid), now);
        return true;
    }

    /// <summary>
    /// Staff set or clear (null = never) the last day of use, with a reason. An expired package whose new
    /// expiry is still ahead becomes active again.
    /// </summary>
    public Result<bool> ChangeExpiry(DateOnly? lastDay, string? reason, Actor actor, DateTimeOffset now)
    {
        if (!PackageErrors.IsValidReason(reason))
        {
            return PackageErrors.ReasonRequired();
        }

        if (CheckNotMembershipPeriod() is { } period)
        {
            return period;
        }

        if (lastDay is { } day && !ClinicCalendar.IsInRange(day))
        {
            return DomainError.Validation("expiresOn", ClinicCalendar.RangeMessage);
        }

        if (CheckOpen() is { } closed)
        {
            return closed;
        }

        if (lastDay == ExpiresOn)
        {
            return false;
        }

        ExpireIfDue(now); // past its last day it had ended, even if the sweep had not run: a revival brings its value back
        var previous = ExpiresOn;
        ExpiresOn = lastDay;
        for (var i = 0; i < _freezes.Count; i++)
        {
            _freezes[i] = _freezes[i] with { PushedDays = 0 }; // staff's day stands: ending a freeze later takes nothing off it
        }
        var restored = Money.Zero(Terms.Price.Currency);
        if (Status == PackageStatus.Expired && !IsPastExpiry(now))
        {
            // Usable again: the unused value released at expiry comes back into the liability.
            Status = PackageStatus.Active;
            restored = ValueLeft;
        }

        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.ExpiryChanged) { ExpiresOn = lastDay, PreviousExpiresOn = previous, Reason = reason });
        Raise(new PackageExpiryChanged(lastDay, previous, reason!, restored), now);
        return true;
    }

    /// <summary>Ends the package; payments stay recorded for refunds through the payment system.</summary>
    public Result<bool> Cancel(string? reason, Actor actor, DateTimeOffset now)
    {
        if (!PackageErrors.IsValidReason(reason))
        {
            return PackageErrors.ReasonRequired();
        }

        if (Status == PackageStatus.Cancelled)
        {
            return false;
        }

        if (Status is PackageStatus.Deleted or PackageStatus.Refunded)
        {
            return Status == PackageStatus.Deleted ? PackageErrors.Deleted : PackageErrors.Refunded;
        }

        // An expired package's unused value left the liability at expiry (package-expired): not released twice.
        CatchUp(now);
        var released = Status == PackageStatus.Expired ? Money.Zero(Terms.Price.Currency) : ValueLeft;
        Status = PackageStatus.Cancelled;
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Cancelled) { Reason = reason });
        Raise(new PackageCancelled(reason!, released, AmountPaid), now);
        EndMembershipWithPeriod(now);
        WriteOffMembershipPeriod();
        return true;
    }

    /// <summary>Removes a sale made by mistake: only while no payment is applied. History is kept.</summary>
    public Result<bool> Delete(string? reason, Actor actor, DateTimeOffset now)
    {
        if (!PackageErrors.IsValidReason(reason))
        {
            return PackageErrors.ReasonRequired();
        }

        if (Status == PackageStatus.Deleted)
        {
            return false;
        }

        if (HasAppliedPayments)
        {
            return PackageErrors.HasPayments;
        }

        // A renewal that carried nothing over moved no session: an unpaid, renewed membership period can still be deleted.
        if (_redemptions.Count > 0 || _transfersOut.Any(t => t.Slots.Count > 0))
        {
            return PackageErrors.HasRedemptions;
        }

        ExpireIfDue(now); // a membership period over renews first: deleting it then ends only that period, as after the timer
        Status = PackageStatus.Deleted;
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.Deleted) { Reason = reason });
        Raise(new PackageDeleted(reason!, Terms.Price), now);
        EndMembershipWithPeriod(now);
        WriteOffMembershipPeriod();
        return true;
    }

    /// <summary>
    /// Keeps the document bounded: once the in-document history passes its limit, the oldest lines
    /// leave as a page for the store to archive (before it writes the package).
    /// </summary>
    public HistoryPage? TakeHistoryOverflow()
    {
        if (_history.Count <= HistoryKeptInDocument)
        {
            return null;
        }

        var page = new HistoryPage(Id, HistoryPagesArchived, [.. _history.Take(HistoryPageSize)]);
        _history.RemoveRange(0, HistoryPageSize);
        HistoryPagesArchived++;
        return page;
    }

    /// <summary>Removes events that were published; ids not in the outbox are ignored.</summary>
    public void AcknowledgeEvents(IEnumerable<string> eventIds)
    {
        var published = eventIds.ToHashSet(StringComparer.Ordinal);
        _outbox.RemoveAll(e => published.Contains(e.EventId));
    }

    private DomainError? CheckEnded() => Status == PackageStatus.Expired ? PackageErrors.Expired(ExpiresOn!.Value) : CheckOpen();

    private DomainError? CheckOpen() => Status switch
    {
        PackageStatus.Cancelled => PackageErrors.Cancelled,
        PackageStatus.Deleted => PackageErrors.Deleted,
        PackageStatus.Refunded => PackageErrors.Refunded,
        _ => null,
    };
}
