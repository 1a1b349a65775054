using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Domain.Packages;

/// <summary>
/// How a refund is computed: <see cref="Paid"/> less <see cref="Deducted"/> (the sessions used, at their allocated value
/// or re-priced at list price, and the value moved out) is <see cref="Base"/>, never below zero nor above what was paid;
/// less <see cref="Fee"/> (never more than the base) is <see cref="Amount"/>.
/// </summary>
public sealed record RefundQuote(
    RefundMethod Method, Money Paid, int SessionsUsed, Money? ListPricePerSession, Money ValueUsed, Money ValueTransferred, Money Deducted,
    Money Base, Money Fee, Money Amount);
