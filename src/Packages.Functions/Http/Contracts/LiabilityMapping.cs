using Packages.Application.Liability;
using Packages.Domain.Liability;

namespace Packages.Functions.Http.Contracts;

public static class LiabilityMapping
{
    public static LiabilityReportResponse ToResponse(this LiabilityReport report) => new(
        report.ClinicId, report.Month.Month.ToString(), report.TimeZoneId, report.Month.From, report.Month.To, report.MonthEnded,
        [.. report.Month.Rows.Select(ToResponse)]);

    public static LiabilityRowResponse ToResponse(this LiabilityRow r) => new(
        r.Currency, r.Opening, r.Paid, r.Recognized, r.Breakage, r.Refunded, r.Transferred, r.Imported, r.Adjusted, r.Closing);

    public static LiabilityBreakdownResponse ToResponse(this LiabilityBreakdown breakdown) => new(
        breakdown.ClinicId, breakdown.Month.ToString(), breakdown.TimeZoneId, breakdown.To,
        [.. breakdown.Totals.Select(t => t.ToDto())],
        [.. breakdown.Packages.Select(p => new PackageLiabilityResponse(p.PackageId, p.ClientId, p.Balance.ToDto()))]);
}
