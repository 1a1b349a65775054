using System.Text.Json.Serialization;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// One session in use. Its value is not stored: it is the terms' share for <see cref="Slot"/>, so it is
/// derived on reading (schema 1 documents that still carry "value" read the same). The usual outcome
/// (redeemed) is left out to keep the document small.
/// </summary>
public sealed record RedemptionDocument(
    string AppointmentId,
    string ServiceType,
    int Slot,
    DateTimeOffset RedeemedAt,
    string RedeemedBy,
    int SessionsRemainingAfter,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] RedemptionOutcome Outcome,
    ReversalReason? ForfeitReason);
