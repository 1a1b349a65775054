using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// One audit line: when, who (role:id), what, about which offer, appointment, payment or old-system reference,
/// and the facts of its kind in their own fields (null where the kind has none): the amount of a payment, the
/// service type of a redemption, the reason a session was returned or forfeited, the last day of use after an
/// expiry change or at expiry (null after a change: never) and before a change, and the staff's reason for an
/// expiry change, cancel, delete, beneficiary change or transfer, the client concerned (who used a session, a
/// beneficiary, the new owner, the recipient of moved sessions) and how many sessions moved.
/// </summary>
public sealed record HistoryEntryResponse(
    DateTimeOffset At,
    string Actor,
    PackageEventKind Kind,
    string? Ref,
    MoneyDto? Amount,
    string? ServiceType,
    ReversalReason? ReversalReason,
    DateOnly? ExpiresOn,
    DateOnly? PreviousExpiresOn,
    string? Reason,
    string? ClientId,
    int? Sessions);
