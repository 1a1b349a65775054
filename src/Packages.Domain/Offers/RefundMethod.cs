namespace Packages.Domain.Offers;

/// <summary>How a refund of a package is computed (docs/rules.md, "Refunds").</summary>
public enum RefundMethod
{
    /// <summary>What was paid, less the allocated value of the sessions used and moved out: the unused, paid sessions.</summary>
    UnusedAtAllocatedValue,

    /// <summary>What was paid, less the sessions used re-priced at the offer's list price per session (and those moved out).</summary>
    UsedAtListPrice,
}
