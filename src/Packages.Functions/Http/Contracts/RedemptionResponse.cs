using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>A session in use, and the client who used it (the owner or a beneficiary).</summary>
public sealed record RedemptionResponse(
    string AppointmentId,
    string ClientId,
    string ServiceType,
    int SessionNumber,
    MoneyDto Value,
    DateTimeOffset RedeemedAt,
    string RedeemedBy,
    RedemptionOutcome Outcome,
    ReversalReason? ForfeitReason);
