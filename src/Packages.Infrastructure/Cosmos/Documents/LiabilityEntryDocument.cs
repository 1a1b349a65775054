using Packages.Domain.Liability;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// One liability ledger entry (id "liability.{eventId}", in the clinic's partition): created once, never changed. Amounts
/// in minor units of <see cref="Currency"/>; <see cref="Parts"/> add up to <see cref="ChangeMinor"/>.
/// <see cref="EffectiveAt"/> is a sortable UTC instant (indexed: the report reads a month's range).
/// </summary>
public sealed record LiabilityEntryDocument(
    string Id,
    string ClinicId,
    string EventId,
    string EventType,
    string PackageId,
    string ClientId,
    string Currency,
    LiabilityPartDocument[] Parts,
    long ChangeMinor,
    long BalanceMinor,
    string EffectiveAt)
{
    public string Type { get; init; } = DocumentTypes.LiabilityEntry;

    public int SchemaVersion { get; init; } = 1;

    public static string IdFor(string eventId) => $"liability.{eventId}";
}

public sealed record LiabilityPartDocument(LiabilityCategory Category, long ChangeMinor);
