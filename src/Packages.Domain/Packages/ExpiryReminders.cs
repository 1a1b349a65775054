namespace Packages.Domain.Packages;

/// <summary>The expiring-soon thresholds (days) already reminded of for the expiry date <see cref="For"/>; another date re-arms them all.</summary>
public sealed record ExpiryReminders(DateOnly For, IReadOnlyList<int> Days)
{
    public bool Sent(DateOnly? expiresOn, int days) => expiresOn == For && Days.Contains(days);
}
