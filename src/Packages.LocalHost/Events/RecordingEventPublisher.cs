using System.Collections.Concurrent;
using Packages.Application.Ports;
using Packages.Domain.Packages;
using Packages.Infrastructure.Messaging;

namespace Packages.LocalHost.Events;

/// <summary>
/// Stands in for the events topic on this machine (no Service Bus broker here): keeps what would have
/// been sent, as the same envelopes the Service Bus publisher sends, readable at GET /local/events.
/// </summary>
public sealed class RecordingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<EventEnvelope> _published = new();

    public IReadOnlyCollection<EventEnvelope> Published => [.. _published];

    public Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken)
    {
        foreach (var e in events)
        {
            _published.Enqueue(EventEnvelope.From(package, e));
        }

        return Task.CompletedTask;
    }
}
