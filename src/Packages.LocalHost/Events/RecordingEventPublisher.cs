using System.Collections.Concurrent;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Messaging;

namespace Packages.LocalHost.Events;

/// <summary>
/// Stands in for the events topic on this machine (no Service Bus broker here): keeps what would have
/// been sent, as the same envelopes the Service Bus publisher sends, readable at GET /local/events. Like
/// the topic's duplicate detection, a message id sent again is dropped.
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<EventEnvelope> _published = new();
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private int _duplicatesDropped;

    public IReadOnlyCollection<EventEnvelope> Published => [.. _published];

    /// <summary>How many sends the duplicate detection dropped.</summary>
    public int DuplicatesDropped => Volatile.Read(ref _duplicatesDropped);

    public Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            if (_seen.TryAdd(e.EventId, true))
            {
                _published.Enqueue(EventEnvelope.From(package, e));
            }
            else
            {
                Interlocked.Increment(ref _duplicatesDropped);
            }
        }

        return Task.CompletedTask;
    }
}
