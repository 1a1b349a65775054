using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>
/// One line of a package's audit trail: when, who, what, about which thing (<see cref="Ref"/>: an offer,
/// appointment, payment or old-system reference), and the facts of its kind, each in its own field:
/// <see cref="Amount"/> for payments, <see cref="ServiceType"/> for a redemption, <see cref="ReversalReason"/>
/// for a returned or forfeited session, <see cref="ExpiresOn"/> (and <see cref="PreviousExpiresOn"/>) for
/// expiry changes, <see cref="ClientId"/> for who used a session, a beneficiary added or removed, a new owner or a
/// recipient of moved sessions, <see cref="Sessions"/> for how many sessions moved, and <see cref="Reason"/>, the
/// staff's words, for expiry changes, beneficiaries, transfers, cancels and deletes.
/// </summary>
public sealed record PackageEvent(DateTimeOffset At, string Actor, PackageEventKind Kind, string? Ref = null)
{
    public Money? Amount { get; init; }

    public string? ServiceType { get; init; }

    public ReversalReason? ReversalReason { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public DateOnly? PreviousExpiresOn { get; init; }

    public string? Reason { get; init; }

    public string? ClientId { get; init; }

    public int? Sessions { get; init; }
}
