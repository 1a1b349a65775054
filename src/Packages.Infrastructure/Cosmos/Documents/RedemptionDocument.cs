namespace Packages.Infrastructure.Cosmos.Documents;

public sealed record RedemptionDocument(
    string AppointmentId,
    string ServiceType,
    int Slot,
    MoneyDocument Value,
    DateTimeOffset RedeemedAt,
    DateTimeOffset? ReversedAt);
