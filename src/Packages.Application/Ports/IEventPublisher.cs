using Packages.Domain.Packages;

namespace Packages.Application.Ports;

/// <summary>Publishes a package's events to the events topic. Throws when they could not be sent.</summary>
public interface IEventPublisher
{
    Task PublishAsync(Package package, IReadOnlyList<OutboundEvent> events, CancellationToken cancellationToken);
}
