using System.Text.Json.Serialization;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// The sessions in use, stored by column so that a redemption adds a few bytes rather than an object: the
/// write cost of a package barely grows with its use (docs/performance.md). Position i in every column is
/// redemption i. What repeats (who redeemed which service type) is stored once and referenced by index;
/// what follows from a redemption's position (its slot, the sessions left after it) only where it differs.
/// </summary>
public sealed record RedemptionLogDocument
{
    /// <summary>Separated by single spaces, which an identifier cannot contain.</summary>
    public required string AppointmentIds { get; init; }

    /// <summary>The distinct (service type, actor) pairs, in order of first use.</summary>
    public required string[][] ServiceAndActor { get; init; }

    /// <summary>Each redemption's pair; left out while every redemption uses the first.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int[]? ServiceAndActorIndexes { get; init; }

    /// <summary>
    /// Milliseconds from the previous redemption (the first: from the purchase's millisecond), in base 36,
    /// separated by single spaces: a week is "a02yo0", as short as its decimal seconds, and the order of
    /// the audit trail keeps the millisecond.
    /// </summary>
    public required string MillisecondsAfterPrevious { get; init; }

    /// <summary>Left out while every redemption holds the slot of its position.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int[]? Slots { get; init; }

    /// <summary>By position, where it differs from the sessions minus the position minus one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, int>? SessionsRemainingAfter { get; init; }

    /// <summary>By position, the reason of each forfeited session.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Dictionary<string, ReversalReason?>? Forfeited { get; init; }
}
