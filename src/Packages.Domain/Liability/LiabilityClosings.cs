namespace Packages.Domain.Liability;

/// <summary>
/// A clinic's stored roll-forwards of ended months (one document), so that a month's report reads that month's entries
/// and the previous month's closing, not the clinic's whole history. A month is stored only once it has ended; a ledger
/// entry that counts in a stored month (an expiry booked at the end of a last day after the sweep ran, a late event)
/// removes that month and every later one, which are then computed again. Bounded by the clinic's months of use: about
/// 120 bytes per month and currency (ten years in one currency ≈ 15 KB). Computed in <see cref="TimeZoneId"/>: a clinic
/// that changes its zone starts over.
/// </summary>
public sealed record LiabilityClosings(string ClinicId, string TimeZoneId, IReadOnlyList<LiabilityMonth> Months)
{
    public static LiabilityClosings Empty(string clinicId, string timeZoneId) => new(clinicId, timeZoneId, []);

    public LiabilityMonth? Find(ReportMonth month) => Months.FirstOrDefault(m => m.Month == month);

    /// <summary>The latest stored month before <paramref name="month"/>: the report rolls forward from its closing.</summary>
    public LiabilityMonth? LatestBefore(ReportMonth month) =>
        Months.Where(m => m.Month.CompareTo(month) < 0).MaxBy(m => m.Month);

    public LiabilityClosings With(IEnumerable<LiabilityMonth> ended) =>
        this with { Months = [.. Months.Concat(ended).DistinctBy(m => m.Month).OrderBy(m => m.Month)] };

    /// <summary>Without the months an entry counting at <paramref name="effectiveAt"/> changes (it and every later one); null when none is stored.</summary>
    public LiabilityClosings? WithoutMonthsFrom(DateTimeOffset effectiveAt) =>
        Months.Any(m => m.To > effectiveAt) ? this with { Months = [.. Months.Where(m => m.To <= effectiveAt)] } : null;
}
