namespace Packages.Application.Packages;

/// <summary>
/// Inline (default): a command publishes the events it raised right after its write, and the
/// DispatchOutbox timer acknowledges them later (sending them again under the same message ids, which
/// the topic's duplicate detection drops). Events leave at once and a command costs only its own
/// requests. Deferred (Outbox__dispatch=deferred): only the timer publishes, so nothing is sent twice,
/// and events leave within one timer period.
/// </summary>
public sealed record OutboxOptions(bool PublishOnWrite)
{
    public static OutboxOptions Inline { get; } = new(true);

    public static OutboxOptions Deferred { get; } = new(false);
}
