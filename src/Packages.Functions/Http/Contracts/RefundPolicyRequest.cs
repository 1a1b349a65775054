using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Packages.Domain.Common;
using Packages.Domain.Offers;

namespace Packages.Functions.Http.Contracts;

/// <summary>How a package of this offer is refunded; each field left out keeps its default (unused sessions at their allocated value, no fee).</summary>
public sealed record RefundPolicyRequest(
    [property: DefaultValue(RefundMethod.UnusedAtAllocatedValue), Description("usedAtListPrice needs the offer's listPricePerSession.")] RefundMethod? Method,
    [property: Range(0, Money.MaxAmountMinor), Description("A fixed fee in minor units, kept from the refund.")] long? FeeFixedMinor,
    [property: Range(0, RefundPolicy.MaxBasisPoints), Description("A fee in basis points (1% = 100) of the computed amount, rounded half up.")] int? FeeBasisPoints);
