using System.Globalization;
using Packages.Domain.Common;
using Packages.Functions.Http.Contracts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Packages.Functions.Http.Receipts;

/// <summary>
/// A receipt as one A4 page an insurer accepts: the clinic (name, legal name, address, tax number), the client, the
/// service and its code, the practitioner, the local date and time in the clinic's zone, the list price, the discount,
/// the amount of this session, the package and the sessions left. The same fields as the JSON receipt.
/// </summary>
public static class ReceiptPdf
{
    public const string MediaType = "application/pdf";

    public static byte[] Render(ReceiptResponse receipt)
    {
        EmbeddedFontResolver.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Receipt {receipt.PackageId} {receipt.AppointmentId}";
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var title = new XFont(EmbeddedFontResolver.Family, 16, XFontStyleEx.Bold);
            var text = new XFont(EmbeddedFontResolver.Family, 10, XFontStyleEx.Regular);
            var y = 50.0;
            var width = page.Width.Point - 100;
            void Line(string line, XFont font, double gap = 16)
            {
                foreach (var part in Wrap(gfx, line, font, width))
                {
                    gfx.DrawString(part, font, XBrushes.Black, new XPoint(50, y));
                    y += gap;
                }
            }

            var clinic = receipt.Clinic;
            Line("Receipt", title, 28);
            Line(clinic?.Name ?? "", text);
            foreach (var detail in new[] { clinic?.LegalName, clinic?.Address, clinic?.TaxNumber is { } tax ? $"Tax number: {tax}" : null })
            {
                if (detail is not null)
                {
                    Line(detail, text);
                }
            }

            y += 12;
            Line($"Client: {receipt.ClientId}", text);
            Line($"Service: {receipt.ServiceType}{(receipt.ServiceCode is { } code ? $" (code {code})" : "")}", text);
            Line($"Practitioner: {receipt.Practitioner ?? "-"}", text);
            Line($"Date and time: {receipt.LocalDateTime} ({receipt.TimeZone})", text);
            Line($"Appointment: {receipt.AppointmentId}", text);
            y += 12;
            Line($"List price: {Amount(receipt.ListPrice)}", text);
            Line($"Discount: {Amount(receipt.Discount)}", text);
            Line($"Amount for this session: {Amount(receipt.Value)}", text);
            y += 12;
            Line($"Package: {receipt.PackageName} ({receipt.PackageId})", text);
            Line($"Session {receipt.SessionNumber} of {receipt.SessionsTotal}; sessions left: {receipt.SessionsRemaining}", text);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    /// <summary>Splits a line to fit the page: at spaces where it can, inside a word too long for a line where it must.</summary>
    private static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (gfx.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                yield return line;
            }

            line = "";
            foreach (var rune in word.EnumerateRunes())
            {
                if (gfx.MeasureString(line + rune, font).Width > width && line.Length > 0)
                {
                    yield return line;
                    line = "";
                }

                line += rune.ToString();
            }
        }

        yield return line;
    }

    /// <summary>"123.45 CAD", with the currency's minor unit (0 for JPY, 3 for BHD).</summary>
    private static string Amount(MoneyDto? money)
    {
        if (money is null)
        {
            return "-";
        }

        var digits = Currencies.MinorUnits(money.Currency);
        var scale = 1m;
        for (var i = 0; i < digits; i++)
        {
            scale *= 10;
        }

        var value = money.AmountMinor / scale;
        return $"{value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {money.Currency}";
    }
}
