using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>Derived state: what is paid, what is left, whether a session can be used now.</summary>
public sealed partial class Package
{
    public Money AmountPaid =>
        _payments.Where(p => p.State == PaymentState.Applied)
                 .Aggregate(Money.Zero(Terms.Price.Currency), (sum, p) => sum.Add(p.Amount));

    public Money AmountDue =>
        AmountPaid.IsAtLeast(Terms.Price) ? Money.Zero(Terms.Price.Currency) : Terms.Price.Subtract(AmountPaid);

    /// <summary>What was paid beyond the price: recorded, never lost (refunded or credited by the clinic).</summary>
    public Money Overpayment =>
        AmountPaid.IsAtLeast(Terms.Price) ? AmountPaid.Subtract(Terms.Price) : Money.Zero(Terms.Price.Currency);

    public bool IsFullyPaid => AmountPaid.IsAtLeast(Terms.Price);

    public bool HasAppliedPayments => _payments.Any(p => p.State == PaymentState.Applied);

    public int SessionsUsed => _redemptions.Count;

    /// <summary>Sessions moved out to other clients' packages (pending moves included: their sessions are reserved).</summary>
    public int SessionsTransferred => _transfersOut.Sum(t => t.Slots.Count);

    public int SessionsRemaining => Terms.Sessions - SessionsUsed - SessionsTransferred;

    /// <summary>The value of the sessions in use (redeemed or forfeited): the revenue their receipts recognize.</summary>
    public Money ValueUsed => IsUnlimited
        ? new Money(Membership!.RecognizedMinor, Terms.Price.Currency) // an unlimited plan is used up by time, not by visits
        : _redemptions.Aggregate(Money.Zero(Terms.Price.Currency), (sum, r) => sum.Add(r.Value));

    /// <summary>The value of the sessions moved out to other packages: it left this package's liability with them.</summary>
    public Money ValueTransferred => Terms.ValueOf(_transfersOut.SelectMany(t => t.Slots));

    /// <summary>The value of the unused sessions: the price less <see cref="ValueUsed"/> and <see cref="ValueTransferred"/> (the shares add up to the price).</summary>
    public Money ValueLeft => Terms.Price.Subtract(ValueUsed).Subtract(ValueTransferred);

    public bool IsPastExpiry(DateTimeOffset now) => ExpiresAt is { } at && now >= at;

    /// <summary>Whether a session could be redeemed now, ignoring service type and caps.</summary>
    public bool IsRedeemable(DateTimeOffset now) => CheckRedeemable(now) is null;

    /// <summary>Why the owner could not redeem a session of <paramref name="serviceType"/> now; null when they could.</summary>
    public DomainError? CheckRedemption(string serviceType, DateTimeOffset now) => CheckRedemption(ClientId, serviceType, now);

    /// <summary>Why <paramref name="clientId"/> could not redeem a session of <paramref name="serviceType"/> now; null when they could.</summary>
    public DomainError? CheckRedemption(string clientId, string serviceType, DateTimeOffset now)
    {
        if (!MayBeUsedBy(clientId))
        {
            return PackageErrors.ClientNotBeneficiary(clientId);
        }

        if (!Terms.IsEligible(serviceType))
        {
            return PackageErrors.ServiceNotEligible(serviceType);
        }

        if ((CheckRedeemable(now) ?? (FrozenAt(now) is { } freeze ? PackageErrors.Frozen(freeze) : null)) is { } refusal)
        {
            return refusal; // a freeze stops use, not payment: whether the package is paid (locked) is told apart from it
        }

        return Terms.ServiceTypeCaps.TryGetValue(serviceType, out var cap) && _redemptions.Count(r => r.ServiceType == serviceType) >= cap
            ? PackageErrors.ServiceLimitReached(serviceType, cap)
            : CheckClient(clientId);
    }

    private DomainError? CheckRedeemable(DateTimeOffset now)
    {
        switch (Status)
        {
            case PackageStatus.Deleted:
                return PackageErrors.Deleted;
            case PackageStatus.Cancelled:
                return PackageErrors.Cancelled;
            case PackageStatus.Refunded:
                return PackageErrors.Refunded;
            case PackageStatus.Expired:
                return PackageErrors.Expired(ExpiresOn ?? DateOnly.FromDateTime(now.UtcDateTime));
        }

        if (IsPastExpiry(now))
        {
            return PackageErrors.Expired(ExpiresOn!.Value);
        }

        if (SessionsRemaining <= 0)
        {
            return PackageErrors.Exhausted;
        }

        if (Terms.AllowInstallments)
        {
            return CoveredByPayments(NextFreeSlot()) ? null : PackageErrors.InstallmentNotCovered;
        }

        return IsFullyPaid ? null : PackageErrors.NotPaid(AmountDue.AmountMinor, AmountDue.Currency);
    }

    /// <summary>The lowest slot neither a redemption nor a move holds: returned sessions free their slot for reuse.</summary>
    private int NextFreeSlot()
    {
        var taken = TakenSlots();
        var slot = 0;
        while (taken.Contains(slot))
        {
            slot++;
        }

        return slot;
    }

    private HashSet<int> TakenSlots() => [.. _redemptions.Select(r => r.Slot), .. _transfersOut.SelectMany(t => t.Slots)];

    /// <summary>Installments: a slot is usable once payments cover its value plus every slot in use or moved out.</summary>
    private bool CoveredByPayments(int slot)
    {
        var committed = _redemptions.Sum(r => r.Value.AmountMinor) + ValueTransferred.AmountMinor + Terms.SessionValue(slot).AmountMinor;
        return AmountPaid.AmountMinor >= committed;
    }
}
