using System.ComponentModel;
using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>
/// An insurance-friendly receipt: the session's share of the price (<see cref="Value"/>), the sessions left after it, who
/// was served and by whom, when in the clinic's local time, the list price and the discount; <see cref="Clinic"/> names the
/// clinic as insurers need it (in GET …/redemptions/{appointmentId}; null in the answer to a redemption).
/// </summary>
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
    RedemptionOutcome Outcome,
    string? Practitioner,
    string? ServiceCode,
    [property: Description("The session's date and time in the clinic's zone, as yyyy-MM-ddTHH:mm.")] string LocalDateTime,
    string TimeZone,
    [property: Description("The offer's price of one session on its own; null when it has none.")] MoneyDto? ListPrice,
    [property: Description("List price less the session's value, when the list price is higher; else null.")] MoneyDto? Discount,
    ClinicOnReceiptResponse? Clinic);
