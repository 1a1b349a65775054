using System.Globalization;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Infrastructure.Cosmos.Mapping;

/// <summary>
/// Audit lines written before structured fields (package schema 2 and its archived pages) kept their facts in
/// one text, "detail", whose shape followed the line's kind; this reads it into the fields. A detail that does
/// not parse is kept whole as the reason, so nothing written is lost.
/// </summary>
internal static class HistoryLineDetail
{
    public static PackageEvent Parse(PackageEvent line, string detail, string currency)
    {
        var parsed = line.Kind switch
        {
            PackageEventKind.PaymentApplied or PackageEventKind.PaymentUnapplied when long.TryParse(detail, NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
                => line with { Amount = new Money(minor, currency) },
            PackageEventKind.Redeemed => line with { ServiceType = detail },
            PackageEventKind.SessionReturned or PackageEventKind.SessionForfeited when Enum.TryParse<ReversalReason>(detail, false, out var reason)
                => line with { ReversalReason = reason },
            PackageEventKind.Expired when TryDate(detail, out var day) => line with { ExpiresOn = day },
            PackageEventKind.ExpiryChanged => ExpiryChange(line, detail),
            PackageEventKind.Cancelled or PackageEventKind.Deleted => line with { Reason = detail },
            _ => null,
        };
        return parsed ?? line with { Reason = detail };
    }

    /// <summary>"2026-12-28 -> 2027-03-31: Injury", either date possibly "never".</summary>
    private static PackageEvent? ExpiryChange(PackageEvent line, string detail)
    {
        var arrow = detail.IndexOf(" -> ", StringComparison.Ordinal);
        var colon = arrow < 0 ? -1 : detail.IndexOf(": ", arrow, StringComparison.Ordinal);
        if (colon < 0 || !TryDateOrNever(detail[..arrow], out var from) || !TryDateOrNever(detail[(arrow + 4)..colon], out var to))
        {
            return null;
        }

        return line with { PreviousExpiresOn = from, ExpiresOn = to, Reason = detail[(colon + 2)..] };
    }

    private static bool TryDateOrNever(string text, out DateOnly? day)
    {
        day = null;
        if (text == "never")
        {
            return true;
        }

        var ok = TryDate(text, out var parsed);
        day = parsed;
        return ok;
    }

    private static bool TryDate(string text, out DateOnly day) => ClinicCalendar.TryParse(text, out day);
}
