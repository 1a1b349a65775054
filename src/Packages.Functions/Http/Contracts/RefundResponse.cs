using System.ComponentModel;

namespace Packages.Functions.Http.Contracts;

/// <summary>The refund of a refunded package: requested, computed by the policy, and returned so far.</summary>
public sealed record RefundResponse(
    string RefundId,
    MoneyDto Amount,
    MoneyDto Computed,
    string Reason,
    DateTimeOffset At,
    string By,
    MoneyDto Returned,
    [property: Description("Amount − returned: still to return (negative: more was returned than requested).")] MoneyDto Outstanding);
