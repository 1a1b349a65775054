using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Packages.Domain.Clinics;

namespace Packages.Functions.Http.Contracts;

/// <summary>How patients buy online; either field left out keeps its default (a 24-hour hold; 3 unpaid purchases).</summary>
public sealed record OnlinePurchasePolicyRequest(
    [property: Range(1, OnlinePurchasePolicy.MaxHoldHours), Description("Hours an unpaid online purchase is held before it is cancelled.")] int? HoldHours,
    [property: Range(1, OnlinePurchasePolicy.MaxUnpaidLimit), Description("Online purchases one patient may have awaiting payment at once.")] int? MaxUnpaidPerClient);
