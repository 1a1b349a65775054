using System.Globalization;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// The outbox: events raised by a command are stored by the same write as the state change, so none is
/// lost if the process stops before publishing. Published events are acknowledged (removed) afterwards.
/// </summary>
public sealed partial class Package
{
    private readonly List<OutboundEvent> _outbox = [];

    public IReadOnlyList<OutboundEvent> Outbox => _outbox;

    /// <summary>How many events this package has ever raised: the next event's sequence number minus one.</summary>
    public int EventSequence { get; private set; }

    /// <param name="bookedAt">When its liability change counts, if not <paramref name="now"/> (a renewal's: the period's last instant).</param>
    private void Raise(PackageEventData data, DateTimeOffset now, DateTimeOffset? bookedAt = null)
    {
        EventSequence++;
        _outbox.Add(new OutboundEvent(
            $"{Id}.{EventSequence.ToString(CultureInfo.InvariantCulture)}",
            OutboundEventTypes.Of(data),
            now,
            data with { SessionsRemaining = SessionsRemaining, Status = Status, Liability = BookLiability(data, now, bookedAt) }));
    }

    /// <summary>Raises "unlocked" or "locked" when a payment change flipped whether the package can be used.</summary>
    private void RaiseLockChange(PaymentResult result, DateTimeOffset now)
    {
        if (result.Unlocked)
        {
            Raise(new PackageUnlocked(AmountPaid, AmountDue), now);
        }
        else if (result.Locked)
        {
            Raise(new PackageLocked(AmountPaid, AmountDue), now);
        }
    }
}
