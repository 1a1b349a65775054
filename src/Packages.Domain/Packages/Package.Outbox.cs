using System.Globalization;

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

    private void Raise(string type, DateTimeOffset now, params (string Key, object? Value)[] data)
    {
        EventSequence++;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["sessionsRemaining"] = SessionsRemaining,
            ["status"] = Status.ToString().ToLowerInvariant(),
        };
        foreach (var (key, value) in data)
        {
            values[key] = value;
        }

        _outbox.Add(new OutboundEvent($"{Id}.{EventSequence.ToString(CultureInfo.InvariantCulture)}", type, now, values));
    }

    /// <summary>Raises "unlocked" or "locked" when a payment change flipped whether the package can be used.</summary>
    private void RaiseLockChange(PaymentResult result, DateTimeOffset now)
    {
        if (result.Unlocked || result.Locked)
        {
            Raise(result.Unlocked ? OutboundEventTypes.Unlocked : OutboundEventTypes.Locked, now,
                ("amountPaidMinor", AmountPaid.AmountMinor), ("amountDueMinor", AmountDue.AmountMinor), ("currency", AmountPaid.Currency));
        }
    }
}
