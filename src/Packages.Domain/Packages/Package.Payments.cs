using Packages.Domain.Common;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

public sealed partial class Package
{
    /// <summary>Payment lines (applied or taken back) one package keeps; a payment system never needs more for one sale.</summary>
    public const int MaxPaymentEntries = 100;

    /// <summary>
    /// Records a payment. Idempotent by payment id; a payment already taken back stays taken back, so
    /// the final state is the same whatever order or how often the messages arrive.
    /// </summary>
    public Result<PaymentResult> ApplyPayment(string paymentId, Money amount, DateTimeOffset now)
    {
        if ((CheckPayment(paymentId, amount) ?? CheckLapsedPurchase()) is { } refusal)
        {
            return refusal;
        }

        var before = IsRedeemable(now);
        if (_payments.Find(p => p.PaymentId == paymentId) is { } known)
        {
            return known.Amount == amount ? new PaymentResult(false, before, before)
                : PackageErrors.PaymentAmountMismatch(paymentId, known.Amount.AmountMinor, amount.AmountMinor);
        }

        if (_payments.Count >= MaxPaymentEntries)
        {
            return PackageErrors.TooManyPayments(MaxPaymentEntries);
        }

        if (AmountPaid.AmountMinor > Money.MaxAmountMinor - amount.AmountMinor)
        {
            return PackageErrors.PaidAmountOutOfRange(Money.MaxAmountMinor);
        }

        CatchUp(now);
        _payments.Add(new PaymentEntry(paymentId, amount, PaymentState.Applied, now));
        HoldUntil = null; // an online purchase's first payment ends its hold for good
        Record(new PackageEvent(now, Actor.PaymentSystem.ToString(), PackageEventKind.PaymentApplied, paymentId) { Amount = amount });
        return Changed(paymentId, amount, PaymentState.Applied, before, now);
    }

    /// <summary>
    /// Takes a payment back. When the "applied" message has not arrived yet, a tombstone is kept so that
    /// it is ignored when it does.
    /// </summary>
    public Result<PaymentResult> UnapplyPayment(string paymentId, Money amount, DateTimeOffset now)
    {
        if (CheckPayment(paymentId, amount) is { } refusal)
        {
            return refusal;
        }

        var before = IsRedeemable(now);
        var index = _payments.FindIndex(p => p.PaymentId == paymentId);
        if (index >= 0 && _payments[index].Amount != amount)
        {
            return PackageErrors.PaymentAmountMismatch(paymentId, _payments[index].Amount.AmountMinor, amount.AmountMinor);
        }

        if (index >= 0 && _payments[index].State == PaymentState.Unapplied)
        {
            return new PaymentResult(false, before, before);
        }

        if (index < 0 && _payments.Count >= MaxPaymentEntries)
        {
            return PackageErrors.TooManyPayments(MaxPaymentEntries);
        }

        CatchUp(now);
        var tombstone = new PaymentEntry(paymentId, amount, PaymentState.Unapplied, now);
        if (index >= 0)
        {
            _payments[index] = tombstone;
        }
        else
        {
            _payments.Add(tombstone);
        }

        Record(new PackageEvent(now, Actor.PaymentSystem.ToString(), PackageEventKind.PaymentUnapplied, paymentId) { Amount = tombstone.Amount });
        return Changed(paymentId, amount, PaymentState.Unapplied, before, now);
    }

    private PaymentResult Changed(string paymentId, Money amount, PaymentState state, bool wasRedeemable, DateTimeOffset now)
    {
        Raise(new PackagePaymentRecorded(paymentId, amount, state, AmountPaid, AmountDue), now);
        var result = new PaymentResult(true, wasRedeemable, IsRedeemable(now));
        RaiseLockChange(result, now);
        FollowPaymentInMembership(now);
        return result;
    }

    /// <summary>
    /// A deleted sale takes no payment, and a refunded package neither a payment nor an unapply (a refund cannot be
    /// undone): the message is refused (and dead-lettered), never absorbed.
    /// </summary>
    private DomainError? CheckPayment(string paymentId, Money amount) =>
        !Identifiers.IsValid(paymentId) ? DomainError.Validation("paymentId", Identifiers.Rule)
        : !Money.IsPositiveAmount(amount.AmountMinor) ? DomainError.Validation("amount.amountMinor", $"Give 1-{Money.MaxAmountMinor} minor units.")
        : Status == PackageStatus.Deleted ? PackageErrors.Deleted
        : Status == PackageStatus.Refunded ? PackageErrors.Refunded
        : amount.Currency != Terms.Price.Currency ? PackageErrors.CurrencyMismatch(Terms.Price.Currency, amount.Currency)
        : null;
}
