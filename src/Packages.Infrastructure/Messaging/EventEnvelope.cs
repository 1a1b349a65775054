using Packages.Domain.Packages;

namespace Packages.Infrastructure.Messaging;

/// <summary>The JSON body of every event message (docs/messages.md).</summary>
public sealed record EventEnvelope(
    string EventId,
    string Type,
    DateTimeOffset OccurredAt,
    string ClinicId,
    string PackageId,
    string ClientId,
    IReadOnlyDictionary<string, object?> Data)
{
    public static EventEnvelope From(Package package, OutboundEvent e) =>
        new(e.EventId, e.Type, e.OccurredAt, package.ClinicId, package.Id, package.ClientId, e.Data);
}
