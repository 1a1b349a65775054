using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record RedemptionDocument(
    string AppointmentId,
    string ServiceType,
    int Slot,
    MoneyDocument Value,
    DateTimeOffset RedeemedAt,
    string RedeemedBy,
    int SessionsRemainingAfter,
    RedemptionOutcome Outcome,
    ReversalReason? ForfeitReason);
