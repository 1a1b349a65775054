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
    RedemptionOutcome Outcome)
{
    public string? Practitioner { get; init; }

    public string? ServiceCode { get; init; }

    /// <summary>The offer's price of one session on its own, when it has one: the receipt's list price.</summary>
    public Money? ListPrice { get; init; }

    /// <summary>The clinic's IANA zone: the receipt states the local date and time of the session in it.</summary>
    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>List price less the session's value, when the list price is higher (else none).</summary>
    public Money? Discount => ListPrice is { } list && list.AmountMinor > Value.AmountMinor ? list.Subtract(Value) : null;
}
