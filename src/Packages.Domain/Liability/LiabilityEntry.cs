using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Liability;

/// <summary>
/// One line of a clinic's liability ledger: what one event (<see cref="EventId"/>, unique) changed. Writing it again
/// changes nothing, so a duplicated or reordered delivery of the events makes the same ledger.
/// </summary>
public sealed record LiabilityEntry(
    string EventId,
    string EventType,
    string ClinicId,
    string PackageId,
    string ClientId,
    IReadOnlyList<LiabilityPart> Parts,
    Money Change,
    Money Balance,
    DateTimeOffset EffectiveAt)
{
    /// <summary>The ledger line of <paramref name="e"/>, raised by <paramref name="package"/>; null when it moved nothing.</summary>
    public static LiabilityEntry? From(Package package, OutboundEvent e) => e.Data.Liability is { } moved
        ? new(e.EventId, e.Type, package.ClinicId, package.Id, moved.Owner, moved.Parts, moved.Change, moved.Balance, moved.EffectiveAt)
        : null;
}
