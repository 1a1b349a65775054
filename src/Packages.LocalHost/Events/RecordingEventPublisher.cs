using System.Collections.Concurrent;
using System.Text.Json;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Messaging;

namespace Packages.LocalHost.Events;

/// <summary>
/// Stands in for the events topic on this machine (no Service Bus broker here): keeps the message bodies that
/// would have been sent, byte for byte what the Service Bus publisher sends, readable at GET /local/events.
/// Like the topic's duplicate detection, a message id sent again is dropped.
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<JsonElement> _published = new();
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private int _duplicatesDropped;

    /// <summary>The bodies sent, in order (docs/messages.md).</summary>
    public IReadOnlyCollection<JsonElement> Published => [.. _published];

    /// <summary>How many sends the duplicate detection dropped.</summary>
    public int DuplicatesDropped => Volatile.Read(ref _duplicatesDropped);

    public Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            if (_seen.TryAdd(e.EventId, true))
            {
                _published.Enqueue(JsonDocument.Parse(EventEnvelope.Serialize(package, e)).RootElement.Clone());
            }
            else
            {
                Interlocked.Increment(ref _duplicatesDropped);
            }
        }

        return Task.CompletedTask;
    }
}
