using System.ComponentModel;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// How the refund is computed now: paid − deducted (sessions used at their allocated value or at list price, and the value
/// moved out) = base, kept between 0 and what was paid; base − fee = amount.
/// </summary>
public sealed record RefundQuoteResponse(
    RefundMethod Method,
    MoneyDto Paid,
    int SessionsUsed,
    MoneyDto? ListPricePerSession,
    [property: Description("The sessions used as the method values them.")] MoneyDto ValueUsed,
    MoneyDto ValueTransferred,
    MoneyDto Deducted,
    MoneyDto Base,
    MoneyDto Fee,
    [property: Description("What a refund now would return.")] MoneyDto Amount);
