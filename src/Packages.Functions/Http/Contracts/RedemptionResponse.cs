using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

public sealed record RedemptionResponse(
    string AppointmentId,
    string ServiceType,
    int SessionNumber,
    MoneyDto Value,
    DateTimeOffset RedeemedAt,
    string RedeemedBy,
    RedemptionOutcome Outcome,
    ReversalReason? ForfeitReason);
