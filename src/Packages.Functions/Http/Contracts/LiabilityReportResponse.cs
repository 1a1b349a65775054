using System.ComponentModel;

namespace Packages.Functions.Http.Contracts;

/// <summary>A clinic's liability (deferred revenue) roll-forward for one month in its time zone, one row per currency.</summary>
public sealed record LiabilityReportResponse(
    string ClinicId,
    [property: Description("The month, yyyy-MM, in the clinic's time zone.")] string Month,
    string TimeZone,
    [property: Description("The month's first instant in the clinic's zone.")] DateTimeOffset From,
    [property: Description("The next month's first instant: entries counting before it are in the month.")] DateTimeOffset To,
    [property: Description("False while the month is still running: its figures can still change.")] bool MonthEnded,
    LiabilityRowResponse[] Currencies);

/// <summary>
/// One currency's roll-forward in minor units: closing = opening + paid + imported + transferred + adjusted − recognized − breakage − refunded.
/// </summary>
public sealed record LiabilityRowResponse(
    string Currency,
    [property: Description("The previous month's closing.")] long OpeningMinor,
    [property: Description("Payments applied less payments taken back, up to the value of the unused sessions.")] long PaidMinor,
    [property: Description("Value of sessions used (redeemed or forfeited), less sessions returned.")] long RecognizedMinor,
    [property: Description("Unused paid value of packages that expired or were cancelled, less what revived packages brought back.")] long BreakageMinor,
    [property: Description("Unused paid value released by refunds.")] long RefundedMinor,
    [property: Description("Value moved with sessions into packages less value moved out of them: zero once each move is complete.")] long TransferredMinor,
    [property: Description("Unused paid value of packages imported from older tracking.")] long ImportedMinor,
    [property: Description("Any other change; none is expected.")] long AdjustedMinor,
    [property: Description("The paid, unused value of the clinic's usable packages at the month's end.")] long ClosingMinor);
