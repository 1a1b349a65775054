namespace Packages.Domain.Packages;

public sealed partial class Package
{
    /// <summary>
    /// The whole audit trail, oldest first: the archived pages, the lines in the document, and a line for
    /// each session in use (a redemption is its own audit line, so it is not stored twice), ordered by
    /// time; at one instant (a frozen test clock), a redemption follows the other changes (the sale,
    /// the payment that unlocked it) and precedes what happened to its session.
    /// </summary>
    public IReadOnlyList<PackageEvent> AuditTrail(IEnumerable<HistoryPage> archived) =>
    [
        .. archived.OrderBy(p => p.Number).SelectMany(p => p.Events)
            .Concat(_history)
            .Concat(_redemptions.Select(r => r.ToEvent()))
            .OrderBy(e => e.At)
            .ThenBy(e => e.Kind switch
            {
                PackageEventKind.Redeemed => 1,
                PackageEventKind.SessionReturned or PackageEventKind.SessionForfeited => 2,
                _ => 0,
            }),
    ];
}
