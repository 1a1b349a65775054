namespace Packages.Application.Packages;

/// <summary>
/// Inline (default): right after its write, a command publishes what the package's outbox holds (its own
/// events, and any earlier ones not yet acknowledged, in order); the DispatchOutbox timer acknowledges
/// them later, sending them again under the same message ids, which the topic's duplicate detection
/// drops. Events leave at once and a command costs only its own requests. Deferred
/// (Outbox__dispatch=deferred): only the timer publishes, so nothing is sent twice, and events leave
/// within one timer period. <see cref="RelayGrace"/>: the timer leaves events younger than this to the
/// command that raised them (Outbox__relayGraceSeconds, default 30).
/// </summary>
public sealed record OutboxOptions(bool PublishOnWrite, TimeSpan RelayGrace)
{
    public static readonly TimeSpan DefaultRelayGrace = TimeSpan.FromSeconds(30);

    public static OutboxOptions Inline { get; } = new(true, DefaultRelayGrace);

    public static OutboxOptions Deferred { get; } = new(false, DefaultRelayGrace);
}
