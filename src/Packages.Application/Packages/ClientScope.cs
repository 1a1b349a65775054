namespace Packages.Application.Packages;

/// <summary>
/// Whose packages a caller may see: staff see every client's, a patient only their own. A package
/// outside the scope is reported as not found, so its existence is not revealed.
/// </summary>
public sealed record ClientScope(string? OnlyClientId)
{
    public static ClientScope AllClients { get; } = new((string?)null);

    public static ClientScope Client(string clientId) => new(clientId);

    public bool Allows(string clientId) => OnlyClientId is null || OnlyClientId == clientId;
}
