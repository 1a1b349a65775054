using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// One audit line, each fact in its own field and empty fields left out. <see cref="Detail"/> is only read:
/// lines written before structured fields kept their facts in that one text (<see cref="HistoryLineDetail"/>).
/// </summary>
public sealed record PackageEventDocument(DateTimeOffset At, string By, PackageEventKind Kind)
{
    public string? Ref { get; init; }

    public MoneyDocument? Amount { get; init; }

    public string? ServiceType { get; init; }

    public ReversalReason? ReversalReason { get; init; }

    /// <summary>Expired: the last day of use. Expiry changed: the new last day, absent for "never".</summary>
    public DateOnly? ExpiresOn { get; init; }

    public DateOnly? PreviousExpiresOn { get; init; }

    public string? Reason { get; init; }

    public string? ClientId { get; init; }

    public int? Sessions { get; init; }

    public string? Detail { get; init; }
}
