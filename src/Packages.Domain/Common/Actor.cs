namespace Packages.Domain.Common;

/// <summary>Who made a change: a signed-in user (by id and role) or a system process.</summary>
public sealed record Actor(string Id, string Role)
{
    public static Actor System { get; } = new("system", "system");

    public static Actor PaymentSystem { get; } = new("payment-system", "system");

    public override string ToString() => $"{Role}:{Id}";
}
