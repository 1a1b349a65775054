using System.Globalization;
using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Domain.Packages;

public sealed partial class Package
{
    public const int HistoryKeptInDocument = 40;
    public const int HistoryPageSize = 30;

    /// <summary>Marks an active package whose expiry has passed as expired. Returns whether it changed.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (Status != PackageStatus.Active || !IsPastExpiry(now))
        {
            return false;
        }

        Status = PackageStatus.Expired;
        var lastDay = ExpiresOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Record(now, Actor.System, PackageEventKind.Expired, null, lastDay);
        Raise(OutboundEventTypes.Expired, now, ("expiresOn", lastDay));
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

        var from = ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never";
        ExpiresOn = lastDay;
        if (Status == PackageStatus.Expired && !IsPastExpiry(now))
        {
            Status = PackageStatus.Active;
        }

        var to = lastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never";
        Record(now, actor, PackageEventKind.ExpiryChanged, null, $"{from} -> {to}: {reason}");
        Raise(OutboundEventTypes.ExpiryChanged, now, ("expiresOn", lastDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("reason", reason));
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

        if (Status == PackageStatus.Deleted)
        {
            return PackageErrors.Deleted;
        }

        Status = PackageStatus.Cancelled;
        Record(now, actor, PackageEventKind.Cancelled, null, reason);
        Raise(OutboundEventTypes.Cancelled, now, ("reason", reason));
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

        Status = PackageStatus.Deleted;
        Record(now, actor, PackageEventKind.Deleted, null, reason);
        Raise(OutboundEventTypes.Deleted, now, ("reason", reason));
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

    private DomainError? CheckOpen() => Status switch
    {
        PackageStatus.Cancelled => PackageErrors.Cancelled,
        PackageStatus.Deleted => PackageErrors.Deleted,
        _ => null,
    };
}
