using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Liability;

namespace Packages.Application.Liability;

/// <summary>One package's part of a month's closing liability, and its owner at its last liability change up to then (a later whole transfer moves no liability, so it is not shown).</summary>
public sealed record PackageLiability(string PackageId, string ClientId, Money Balance);

/// <summary>The packages behind a month's closing balance, by package id; their balances add up to the closing of each currency.</summary>
public sealed record LiabilityBreakdown(string ClinicId, string TimeZoneId, ReportMonth Month, DateTimeOffset To, IReadOnlyList<PackageLiability> Packages)
{
    /// <summary>Each currency's total, by currency code: the report's closing.</summary>
    public IReadOnlyList<Money> Totals =>
        [.. Packages.GroupBy(p => p.Balance.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Aggregate(Money.Zero(g.Key), (sum, p) => sum.Add(p.Balance)))];
}

/// <summary>
/// The drill-down behind a month's closing: each package's ledger entries up to the month's end, summed. It reads the
/// clinic's entries up to then (an audit view, not a dashboard: its cost grows with the ledger, unlike the report's).
/// </summary>
public sealed class ListLiabilityPackages(IClinicStore clinics, ILiabilityLedger ledger, TimeProvider time)
{
    public async Task<Result<LiabilityBreakdown>> ExecuteAsync(string clinicId, string? monthText, CancellationToken cancellationToken)
    {
        var resolved = await ClinicMonth.ResolveAsync(clinics, clinicId, monthText, time.GetUtcNow(), cancellationToken);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        var (clinic, month) = resolved.Value;
        var to = month.EndIn(clinic.TimeZone);
        var entries = await ledger.ReadAsync(clinicId, null, to, cancellationToken);
        var packages = entries
            .GroupBy(e => (e.PackageId, e.Change.Currency))
            .Select(g => new PackageLiability(
                g.Key.PackageId,
                g.MaxBy(e => e.EffectiveAt)!.ClientId,
                g.Aggregate(Money.Zero(g.Key.Currency), (sum, e) => sum.Add(e.Change))))
            .Where(p => p.Balance.AmountMinor != 0)
            .OrderBy(p => p.PackageId, StringComparer.Ordinal)
            .ToList();
        return new LiabilityBreakdown(clinicId, clinic.TimeZoneId, month, to, packages);
    }
}
