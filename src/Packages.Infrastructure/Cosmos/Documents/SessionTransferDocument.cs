namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>Unused sessions moved to another client's new package; <see cref="Completed"/> once that package exists.</summary>
public sealed record SessionTransferDocument(
    string ToPackageId, string ToClientId, int[] Slots, DateTimeOffset At, string By, string Reason, bool Completed);
