using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>An insurance-friendly receipt line: the session's share of the price and the sessions left after it.</summary>
public sealed record ReceiptResponse(
    string PackageId,
    string PackageName,
    string ClientId,
    string AppointmentId,
    string ServiceType,
    int SessionNumber,
    int SessionsTotal,
    int SessionsRemaining,
    MoneyDto Value,
    DateTimeOffset RedeemedAt,
    RedemptionOutcome Outcome);
