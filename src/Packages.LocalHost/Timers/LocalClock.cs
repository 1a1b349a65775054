namespace Packages.LocalHost.Timers;

/// <summary>
/// The local host's clock: the real time, moved forward by what POST /local/clock/advance asked, so a developer can watch
/// a renewal, a grace or an expiry happen without waiting for it. Forward only: nothing stored is ever later than "now".
/// Tokens are checked against the real clock (DevTokens), so moving this one never signs anybody out.
/// </summary>
public sealed class LocalClock : TimeProvider
{
    /// <summary>The most one call may move the clock: a bit over a year.</summary>
    public const int MaxDaysPerAdvance = 400;

    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public DateTimeOffset Advance(TimeSpan by)
    {
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
