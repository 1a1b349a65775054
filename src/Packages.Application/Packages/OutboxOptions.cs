namespace Packages.Application.Packages;

/// <summary>
/// Inline (default): events are published right after the write that stored them, at the cost of one
/// more request to acknowledge them. Deferred (Outbox__dispatch=deferred): only the DispatchOutbox timer
/// publishes, so every command costs the minimum, and events leave within one timer period.
/// </summary>
public sealed record OutboxOptions(bool DispatchInline)
{
    public static OutboxOptions Inline { get; } = new(true);

    public static OutboxOptions Deferred { get; } = new(false);
}
