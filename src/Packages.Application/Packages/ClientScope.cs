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

    /// <summary>How much of <paramref name="package"/> the caller sees; null when nothing (not found for them).</summary>
    public PackageView? ViewOf(Package package) =>
        OnlyClientId is null || package.ClientId == OnlyClientId ? PackageView.Full
        : package.MayBeUsedBy(OnlyClientId) || package.WasUsedBy(OnlyClientId) ? PackageView.Shared
        : null;

    /// <summary>Whether the caller may read this receipt: the full view of its package, or their own appointment.</summary>
    public bool SeesReceipt(Package package, Receipt receipt) =>
        ViewOf(package) == PackageView.Full || receipt.ClientId == OnlyClientId;
}
