using CsvHelper;
using Packages.Functions.Http.Contracts;

namespace Packages.Functions.Http.Reports;

/// <summary>
/// The liability report and its drill-down as CSV (RFC 4180, UTF-8 without a byte order mark, CRLF, written by CsvHelper):
/// one header row, amounts in minor units. Every text cell is an id, a month, a zone or a currency, none of which can start
/// with a formula character; CsvHelper's CSV-injection escape stays on in case a free-text column is ever added.
/// </summary>
public static class LiabilityCsv
{
    public const string MediaType = "text/csv";

    /// <summary>What the response says it is: the bytes are UTF-8 (RFC 4180 leaves the charset to the parameter).</summary>
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public static byte[] Report(LiabilityReportResponse report) => Write(csv =>
    {
        csv.WriteHeader(["month", "timeZone", "monthEnded", "currency", "openingMinor", "paidMinor", "recognizedMinor", "breakageMinor",
            "refundedMinor", "transferredMinor", "importedMinor", "adjustedMinor", "closingMinor"]);
        foreach (var row in report.Currencies)
        {
            csv.WriteField(report.Month);
            csv.WriteField(report.TimeZone);
            csv.WriteField(report.MonthEnded ? "true" : "false");
            csv.WriteField(row.Currency);
            foreach (var amount in new[] { row.OpeningMinor, row.PaidMinor, row.RecognizedMinor, row.BreakageMinor, row.RefundedMinor, row.TransferredMinor, row.ImportedMinor, row.AdjustedMinor, row.ClosingMinor })
            {
                csv.WriteField(amount, default);
            }

            csv.EndRecord();
        }
    });

    public static byte[] Breakdown(LiabilityBreakdownResponse breakdown) => Write(csv =>
    {
        csv.WriteHeader(["month", "packageId", "clientId", "currency", "balanceMinor"]);
        foreach (var package in breakdown.Packages)
        {
            csv.WriteField(breakdown.Month);
            csv.WriteField(package.PackageId);
            csv.WriteField(package.ClientId);
            csv.WriteField(package.Balance.Currency);
            csv.WriteField(package.Balance.AmountMinor, default);
            csv.EndRecord();
        }
    });

    private static byte[] Write(Action<CsvWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            write(csv);
        }

        return buffer.ToArray();
    }
}
