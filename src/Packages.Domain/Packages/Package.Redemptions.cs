using Packages.Domain.Common;

namespace Packages.Domain.Packages;

public sealed partial class Package
{
    /// <summary>
    /// Uses one session for an appointment. Idempotent on the appointment id: redeeming the same
    /// appointment again returns the receipt it already has.
    /// </summary>
    public Result<Receipt> Redeem(string appointmentId, string serviceType, DateTimeOffset now)
    {
        if (ActiveRedemptionFor(appointmentId) is { } existing)
        {
            return ReceiptFor(existing);
        }

        if (!Terms.IsEligible(serviceType))
        {
            return PackageErrors.ServiceNotEligible(serviceType);
        }

        if (CheckRedeemable(now) is { } refusal)
        {
            return refusal;
        }

        if (Terms.ServiceTypeCaps.TryGetValue(serviceType, out var cap) &&
            _redemptions.Count(r => r.IsActive && r.ServiceType == serviceType) >= cap)
        {
            return PackageErrors.ServiceLimitReached(serviceType, cap);
        }

        var slot = NextFreeSlot();
        var redemption = new Redemption(appointmentId, serviceType, slot, Terms.SessionValues()[slot], now);
        _redemptions.RemoveAll(r => r.AppointmentId == appointmentId);
        _redemptions.Add(redemption);
        return ReceiptFor(redemption);
    }

    /// <summary>Gives the session back when an appointment is cancelled. A no-op if already reversed.</summary>
    public Result<bool> ReverseRedemption(string appointmentId, DateTimeOffset now)
    {
        var index = _redemptions.FindIndex(r => r.AppointmentId == appointmentId);
        if (index < 0)
        {
            return new DomainError("redemption-not-found", ErrorKind.NotFound,
                $"No session of this package was redeemed for appointment '{appointmentId}'.");
        }

        if (!_redemptions[index].IsActive)
        {
            return false;
        }

        _redemptions[index] = _redemptions[index] with { ReversedAt = now };
        return true;
    }

    public Receipt ReceiptFor(Redemption redemption) => new(
        Id, Terms.Name, redemption.AppointmentId, redemption.ServiceType,
        redemption.Slot + 1, Terms.Sessions, SessionsRemaining, redemption.Value, redemption.RedeemedAt);

    public Redemption? ActiveRedemptionFor(string appointmentId) =>
        _redemptions.FirstOrDefault(r => r.IsActive && r.AppointmentId == appointmentId);

    /// <summary>The lowest slot no active redemption holds: reversals free slots for reuse.</summary>
    private int NextFreeSlot()
    {
        var taken = _redemptions.Where(r => r.IsActive).Select(r => r.Slot).ToHashSet();
        var slot = 0;
        while (taken.Contains(slot))
        {
            slot++;
        }

        return slot;
    }

    /// <summary>Installments: a slot is usable once payments cover its value plus every slot in use.</summary>
    private bool CoveredByPayments(int slot)
    {
        var values = Terms.SessionValues();
        var committed = _redemptions.Where(r => r.IsActive).Sum(r => r.Value.AmountMinor) + values[slot].AmountMinor;
        return AmountPaid.AmountMinor >= committed;
    }
}
