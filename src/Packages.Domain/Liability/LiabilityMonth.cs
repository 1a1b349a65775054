namespace Packages.Domain.Liability;

/// <summary>A month's roll-forward for a clinic, one row per currency, between two instants (the month's bounds in the clinic's zone).</summary>
public sealed record LiabilityMonth(ReportMonth Month, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<LiabilityRow> Rows)
{
    /// <summary>
    /// The months <paramref name="first"/> through <paramref name="last"/>, each opening with the previous one's closing (the
    /// first with <paramref name="opening"/>'s closing, or nothing), from the ledger entries that count in them. A currency
    /// is listed while it has a balance or a movement.
    /// </summary>
    public static IReadOnlyList<LiabilityMonth> Roll(
        LiabilityMonth? opening, ReportMonth first, ReportMonth last, IEnumerable<LiabilityEntry> entries, TimeZoneInfo zone)
    {
        var byMonth = entries.GroupBy(e => ReportMonth.Containing(e.EffectiveAt, zone)).ToDictionary(g => g.Key, g => g.ToList());
        var carried = opening?.Rows ?? [];
        var months = new List<LiabilityMonth>();
        for (var month = first; month.CompareTo(last) <= 0; month = month.Next)
        {
            var rows = carried.ToDictionary(r => r.Currency, r => r.CarriedForward(), StringComparer.Ordinal);
            foreach (var part in (byMonth.GetValueOrDefault(month) ?? []).SelectMany(e => e.Parts))
            {
                var currency = part.Change.Currency;
                rows[currency] = (rows.GetValueOrDefault(currency) ?? new LiabilityRow(currency, 0)).With(part);
            }

            var listed = rows.Values.Where(r => !r.IsEmpty).OrderBy(r => r.Currency, StringComparer.Ordinal).ToList();
            months.Add(new LiabilityMonth(month, month.StartIn(zone), month.EndIn(zone), listed));
            carried = listed;
        }

        return months;
    }
}
