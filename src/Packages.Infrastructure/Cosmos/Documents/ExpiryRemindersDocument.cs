namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>The expiring-soon thresholds (days) already sent for the expiry date <see cref="For"/>.</summary>
public sealed record ExpiryRemindersDocument(DateOnly For, int[] Days);
