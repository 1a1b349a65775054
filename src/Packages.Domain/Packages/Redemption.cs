using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>
/// One session used for one appointment, by <see cref="ClientId"/> (the owner or a beneficiary: attributed for good,
/// whoever owns the package later). <see cref="Slot"/> is the session's position in the package
/// (0-based); its <see cref="Value"/> is that slot's share of the price, so when every slot is used the
/// values add up exactly to the price. A redemption is its own audit line (<see cref="ToEvent"/>); a
/// returned session is removed (its slot freed) and its line moves into the package's history.
/// </summary>
public sealed record Redemption(
    string AppointmentId,
    string ClientId,
    string ServiceType,
    int Slot,
    Money Value,
    DateTimeOffset RedeemedAt,
    string RedeemedBy,
    int SessionsRemainingAfter,
    RedemptionOutcome Outcome = RedemptionOutcome.Redeemed,
    ReversalReason? ForfeitReason = null)
{
    /// <summary>Optional: who gave the session, as the receipt names them.</summary>
    public string? Practitioner { get; init; }

    /// <summary>Optional: the billing code of the service, for insurers.</summary>
    public string? ServiceCode { get; init; }

    public PackageEvent ToEvent() => new(RedeemedAt, RedeemedBy, PackageEventKind.Redeemed, AppointmentId) { ServiceType = ServiceType, ClientId = ClientId };
}
