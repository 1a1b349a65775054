using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// Whose packages a caller may see: staff see every client's, a patient the packages they own or share, and a package
/// they used sessions of. A package outside the scope is reported as not found, so its existence is not revealed.
/// </summary>
public sealed record ClientScope(string? OnlyClientId)
{
    public static ClientScope AllClients { get; } = new((string?)null);

    public static ClientScope Client(string clientId) => new(clientId);

    /// <summary>Whether the caller may list <paramref name="clientId"/>'s packages.</summary>
    public bool Allows(string clientId) => OnlyClientId is null || OnlyClientId == clientId;

    /// <summary>
    /// How much of <paramref name="package"/> the caller sees; null when nothing (not found for them). An online purchase
    /// with no payment applied (held, cancelled unpaid, or its payment taken back) is its buyer's business only: a gift
    /// shows to its recipient once paid, so nobody can fill another patient's list with unpaid purchases.
    /// </summary>
    public PackageView? ViewOf(Package package) =>
        OnlyClientId is not { } viewer ? PackageView.Full
        : package.PurchasedBy is { } buyer && buyer != viewer && !package.HasAppliedPayments ? null
        : package.ClientId == viewer ? PackageView.Owner
        : package.MayBeUsedBy(viewer) || package.WasUsedBy(viewer) ? PackageView.Shared
        : null;

    /// <summary>
    /// Whether something that happened at <paramref name="at"/> (a session, a move, an audit line) shows to the owner view:
    /// an owner who received the package by a transfer sees it from then on; what came before is the previous owner's.
    /// </summary>
    public static bool IsOwners(Package package, DateTimeOffset at) => package.OwnerSince is not { } since || at >= since;

    /// <summary>
    /// Whether a session used by <paramref name="clientId"/> at <paramref name="at"/> shows to the caller, who has
    /// <paramref name="view"/> of the package (computed once by the caller: it reads every redemption).
    /// </summary>
    public bool SeesSession(Package package, PackageView view, string clientId, DateTimeOffset at) => view switch
    {
        PackageView.Full => true,
        PackageView.Owner => IsOwners(package, at),
        _ => clientId == OnlyClientId,
    };

    /// <summary>Whether the caller may read this receipt.</summary>
    public bool SeesReceipt(Package package, Receipt receipt) =>
        ViewOf(package) is { } view && SeesSession(package, view, receipt.ClientId, receipt.RedeemedAt);
}
