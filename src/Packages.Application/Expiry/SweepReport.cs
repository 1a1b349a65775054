namespace Packages.Application.Expiry;

/// <summary>What one sweep run did; <see cref="Unfinished"/> when its time budget ran out first (the next run goes on).</summary>
public sealed record SweepReport(int PackagesExpired, bool Unfinished);
