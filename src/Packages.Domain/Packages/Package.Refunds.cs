using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Packages;

/// <summary>
/// Refunds by the policy snapshotted at the sale (<see cref="PackageTerms.RefundPolicy"/>). A refund closes the package
/// for good (no session is used or restored after it, no payment applied or taken back), and asks the payment system
/// for the amount (refund-requested); what it returns is recorded (payment-refunded), a short or excess refund as such.
/// </summary>
public sealed partial class Package
{
    public RefundRecord? Refund { get; private set; }

    /// <summary>What the payment system has returned for the refund.</summary>
    public Money AmountRefunded =>
        _payments.Where(p => p.State == PaymentState.Refunded).Aggregate(Money.Zero(Terms.Price.Currency), (sum, p) => sum.Add(p.Amount));

    /// <summary>The refund as the policy computes it now; a refunded package has none left to quote.</summary>
    public Result<RefundQuote> QuoteRefund() => Status == PackageStatus.Refunded ? PackageErrors.Refunded : ComputeRefund();

    /// <summary>The quote a refund requested at <paramref name="now"/> would get: on this copy, a period over is renewed and an unlimited period's days passed recognized first.</summary>
    public Result<RefundQuote> QuoteRefund(DateTimeOffset now)
    {
        if (Status != PackageStatus.Refunded)
        {
            CatchUp(now);
        }

        return QuoteRefund();
    }

    private RefundQuote ComputeRefund()
    {
        var policy = Terms.RefundPolicy;
        var currency = Terms.Price.Currency;
        var paid = AmountPaid;
        var used = policy.Method == RefundMethod.UsedAtListPrice
            ? new Money(Math.Min(Money.MaxAmountMinor, Terms.ListPricePerSession!.Value.AmountMinor * SessionsUsed), currency)
            : ValueUsed;
        var deducted = used.AmountMinor + ValueTransferred.AmountMinor;
        var amountBase = Math.Clamp(paid.AmountMinor - deducted, 0, paid.AmountMinor);
        var fee = Math.Min(policy.FeeOn(amountBase), amountBase);
        return new RefundQuote(
            policy.Method, paid, SessionsUsed, Terms.ListPricePerSession, used, ValueTransferred, new Money(Math.Min(deducted, Money.MaxAmountMinor), currency),
            new Money(amountBase, currency), new Money(fee, currency), new Money(amountBase - fee, currency));
    }

    /// <summary>
    /// Refunds and closes the package: the policy's amount, or less (<paramref name="lowerToMinor"/>, staff's override).
    /// Returns false when it was already refunded: a refund cannot be repeated or undone.
    /// </summary>
    public Result<bool> RequestRefund(long? lowerToMinor, string? reason, Actor actor, DateTimeOffset now)
    {
        if (!PackageErrors.IsValidReason(reason))
        {
            return PackageErrors.ReasonRequired();
        }

        if (Status == PackageStatus.Refunded)
        {
            // The same request again changes nothing; another one (amount, reason) is refused: a refund is final.
            return Refund is { } done && done.Reason == reason && (lowerToMinor is null || lowerToMinor == done.Amount.AmountMinor)
                ? false
                : PackageErrors.Refunded;
        }

        if (Status == PackageStatus.Deleted)
        {
            return PackageErrors.Deleted;
        }

        if (!HasAppliedPayments)
        {
            return PackageErrors.NothingToRefund;
        }

        // Past its end a membership period renews first (its carried sessions leave before the quote), and an unlimited
        // period recognizes the days passed: neither is refunded. The unused value left then leaves the liability now,
        // unless expiry or a cancel already released it.
        CatchUp(now);
        var quote = ComputeRefund();
        if (lowerToMinor is { } lower && (lower < 0 || lower > quote.Amount.AmountMinor))
        {
            return lower < 0 ? DomainError.Validation("amountMinor", "A refund cannot be negative.") : PackageErrors.RefundAbovePolicy(quote.Amount.AmountMinor);
        }

        var released = Status == PackageStatus.Active ? ValueLeft : Money.Zero(Terms.Price.Currency);
        var amount = lowerToMinor is { } chosen ? new Money(chosen, Terms.Price.Currency) : quote.Amount;
        Refund = new RefundRecord($"{Id}.refund", amount, quote.Amount, reason!, now, actor.ToString());
        Status = PackageStatus.Refunded;
        Record(new PackageEvent(now, actor.ToString(), PackageEventKind.RefundRequested, Refund.RefundId) { Amount = amount, Reason = reason });
        Raise(new RefundRequested(Refund.RefundId, amount, quote.Amount, quote.Method, quote.Fee, reason!, released, AmountPaid), now);
        EndMembershipWithPeriod(now);
        WriteOffMembershipPeriod();
        return true;
    }

    /// <summary>Records money the payment system returned for the refund. Idempotent by its payment id.</summary>
    public Result<bool> RecordRefundPayment(string paymentId, Money amount, DateTimeOffset now)
    {
        var invalid = !Identifiers.IsValid(paymentId) ? DomainError.Validation("paymentId", Identifiers.Rule)
            : !Money.IsPositiveAmount(amount.AmountMinor) ? DomainError.Validation("amount.amountMinor", $"Give 1-{Money.MaxAmountMinor} minor units.")
            : amount.Currency != Terms.Price.Currency ? PackageErrors.CurrencyMismatch(Terms.Price.Currency, amount.Currency)
            : Refund is null ? PackageErrors.RefundNotRequested
            : null;
        if (invalid is not null)
        {
            return invalid;
        }

        if (_payments.Find(p => p.PaymentId == paymentId) is { } known)
        {
            return known.State != PaymentState.Refunded ? PackageErrors.PaymentIdTaken(paymentId)
                : known.Amount == amount ? false
                : PackageErrors.PaymentAmountMismatch(paymentId, known.Amount.AmountMinor, amount.AmountMinor);
        }

        if (_payments.Count >= MaxPaymentEntries)
        {
            return PackageErrors.TooManyPayments(MaxPaymentEntries);
        }

        if (AmountRefunded.AmountMinor > Money.MaxAmountMinor - amount.AmountMinor)
        {
            return PackageErrors.PaidAmountOutOfRange(Money.MaxAmountMinor);
        }

        _payments.Add(new PaymentEntry(paymentId, amount, PaymentState.Refunded, now));
        Record(new PackageEvent(now, Actor.PaymentSystem.ToString(), PackageEventKind.RefundPaid, paymentId) { Amount = amount });
        Raise(new RefundPaid(Refund!.RefundId, paymentId, amount, AmountRefunded, Refund.Amount.Subtract(AmountRefunded)), now);
        return true;
    }
}
