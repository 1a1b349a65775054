namespace Packages.Domain.Liability;

/// <summary>
/// A clinic's stored roll-forwards of ended months (one document), so that a month's report reads that month's entries
/// and the previous month's closing, not the clinic's whole history. A report stores the months it computed as
/// <see cref="Unverified"/>, counts their entries again, and only then moves them to <see cref="Months"/> (under the ETag of
/// its own write): a report that stops half way leaves nothing a later report trusts. A ledger entry that counts in a
/// stored month removes that month and every later one, verified or not, and they are computed again. Bounded by the
/// clinic's months of use: about 120 bytes per month and currency (ten years in one currency ≈ 15 KB). Computed in
/// <see cref="TimeZoneId"/>: a clinic that changes its zone starts over.
/// </summary>
public sealed record LiabilityClosings(string ClinicId, string TimeZoneId, IReadOnlyList<LiabilityMonth> Months, IReadOnlyList<LiabilityMonth> Unverified)
{
    public static LiabilityClosings Empty(string clinicId, string timeZoneId) => new(clinicId, timeZoneId, [], []);

    /// <summary>Nothing stored, written by a ledger writer that does not know the clinic's zone: a report replaces it.</summary>
    public static LiabilityClosings Placeholder(string clinicId) => Empty(clinicId, "");

    public LiabilityMonth? Find(ReportMonth month) => Months.FirstOrDefault(m => m.Month == month);

    /// <summary>The latest verified month before <paramref name="month"/>: the report rolls forward from its closing.</summary>
    public LiabilityMonth? LatestBefore(ReportMonth month) =>
        Months.Where(m => m.Month.CompareTo(month) < 0).MaxBy(m => m.Month);

    /// <summary>These ended months, stored but not yet trusted (any earlier unverified months are dropped).</summary>
    public LiabilityClosings Pending(IEnumerable<LiabilityMonth> ended) => this with { Unverified = [.. ended.OrderBy(m => m.Month)] };

    /// <summary>The unverified months, now trusted (over any stored month of the same name: they were computed last).</summary>
    public LiabilityClosings Verified() =>
        this with { Months = [.. Unverified.Concat(Months).DistinctBy(m => m.Month).OrderBy(m => m.Month)], Unverified = [] };

    /// <summary>Without the months an entry counting at <paramref name="effectiveAt"/> changes (it and every later one); null when none is stored.</summary>
    public LiabilityClosings? WithoutMonthsFrom(DateTimeOffset effectiveAt) =>
        Months.Concat(Unverified).Any(m => m.To > effectiveAt)
            ? this with { Months = [.. Months.Where(m => m.To <= effectiveAt)], Unverified = [.. Unverified.Where(m => m.To <= effectiveAt)] }
            : null;
}
