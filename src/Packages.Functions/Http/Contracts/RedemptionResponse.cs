namespace Packages.Functions.Http.Contracts;

public sealed record RedemptionResponse(
    string AppointmentId,
    string ServiceType,
    int SessionNumber,
    MoneyDto Value,
    DateTimeOffset RedeemedAt,
    DateTimeOffset? ReversedAt);
