using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>What an insurance-friendly receipt shows for one redeemed session.</summary>
public sealed record Receipt(
    string PackageId,
    string PackageName,
    string ClientId,
    string AppointmentId,
    string ServiceType,
    int SessionNumber,
    int SessionsTotal,
    int SessionsRemaining,
    Money Value,
    DateTimeOffset RedeemedAt,
    RedemptionOutcome Outcome);
