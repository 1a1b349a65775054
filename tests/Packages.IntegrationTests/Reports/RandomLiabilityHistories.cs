using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.IntegrationTests.Reports;

/// <summary>
/// Random lives of packages in three clinics (three zones, three currencies) from August 2026 to February 2027, and what
/// each package owed in sessions at every month end of its clinic: its paid, unused value while usable and not past its
/// last day (the identity the roll-forward must meet). Sessions moved to another client make a package with a life of its own.
/// </summary>
public sealed class RandomLiabilityHistories
{
    public static readonly DateTimeOffset Horizon = DateTimeOffset.Parse("2027-03-01T12:00:00Z");
    private static readonly Actor Staff = new("jane", "staff");

    private readonly Random _random;
    private readonly Dictionary<(string ClinicId, string Month, string Currency), long> _owed = [];
    private readonly Dictionary<(string PackageId, string Month), long> _owedByPackage = [];

    public RandomLiabilityHistories(int seed, int histories)
    {
        _random = new Random(seed);
        Clinics =
        [
            Clinic.Create("liability-toronto", "Toronto", "America/Toronto").Value,
            Clinic.Create("liability-london", "London", "Europe/London").Value,
            Clinic.Create("liability-auckland", "Auckland", "Pacific/Auckland").Value,
        ];
        var pending = new Queue<Package>();
        for (var n = 0; n < histories; n++)
        {
            pending.Enqueue(Sell(n));
        }

        while (pending.TryDequeue(out var package))
        {
            Live(package, pending);
            Packages.Add(package);
        }
    }

    public IReadOnlyList<Clinic> Clinics { get; }

    /// <summary>Every package, its whole outbox kept: the events the ledger is built from.</summary>
    public List<Package> Packages { get; } = [];

    /// <summary>The months each clinic's report covers: August 2026 through February 2027 in its zone.</summary>
    public static IEnumerable<string> Months => ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02"];

    /// <summary>What the clinic's packages owed in sessions at the end of <paramref name="month"/>, per currency (absent: nothing).</summary>
    public long OwedAt(string clinicId, string month, string currency) => _owed.GetValueOrDefault((clinicId, month, currency));

    /// <summary>What one package owed in sessions at the end of <paramref name="month"/> (0 before its sale).</summary>
    public long OwedBy(string packageId, string month) => _owedByPackage.GetValueOrDefault((packageId, month));

    private Package Sell(int n)
    {
        var clinic = Clinics[n % Clinics.Count];
        var currency = n % 3 == 0 ? "CAD" : n % 3 == 1 ? "EUR" : "JPY";
        var sessions = _random.Next(1, 12);
        var expiry = _random.Next(4) == 0 ? ExpiryPolicy.Never : ExpiryPolicy.After(_random.Next(1, 60), ExpiryUnit.Days).Value;
        var terms = PackageTerms.Create($"Package {n}", new Money(_random.NextInt64(sessions, 500_000), currency), sessions, ["massage"], null,
            expiry, allowInstallments: _random.Next(3) == 0, _random.Next(2) == 0 ? LateCancelPolicy.Forfeit : LateCancelPolicy.Return).Value;
        var soldAt = DateTimeOffset.Parse("2026-08-01T00:00:00Z").AddMinutes(_random.Next(0, 150 * 24 * 60));
        var offer = new Offer($"offer-{n}", clinic.Id, terms, OfferStatus.Active, soldAt, soldAt);
        return Package.Sell($"liability-{n:D4}", $"client-{n}", offer, terms, clinic, Staff, soldAt);
    }

    private void Live(Package package, Queue<Package> pending)
    {
        var clinic = Clinics.Single(c => c.Id == package.ClinicId);
        var now = package.PurchasedAt;
        var boundaries = Months.Select(m => ReportMonthEnd(m, clinic)).Where(end => end > now).ToList();
        var appointments = new List<string>();
        for (var step = 0; step < 25 && now < Horizon; step++)
        {
            var next = now.AddMinutes(_random.Next(1, _random.Next(4) == 0 ? 60 * 24 * 20 : 60 * 24 * 3));
            Record(package, clinic, boundaries, next);
            now = next;
            if (_random.Next(2) == 0)
            {
                package.ExpireIfDue(now); // the sweep ran since the last change (or not: the next command records the expiry)
            }

            Act(package, step, now, appointments, pending);
        }

        Record(package, clinic, boundaries, Horizon);
        package.ExpireIfDue(Horizon); // the sweep has run by the time the months are reported
    }

    /// <summary>Notes what the package owes at each month end that passed before <paramref name="until"/>.</summary>
    private void Record(Package package, Clinic clinic, List<DateTimeOffset> boundaries, DateTimeOffset until)
    {
        while (boundaries.Count > 0 && boundaries[0] <= until)
        {
            var end = boundaries[0];
            boundaries.RemoveAt(0);
            var owed = package.ExpiresAt is { } expires && expires <= end ? 0 : package.Liability.AmountMinor;
            var month = Months.Single(m => ReportMonthEnd(m, clinic) == end);
            var key = (clinic.Id, month, package.Terms.Price.Currency);
            _owed[key] = _owed.GetValueOrDefault(key) + owed;
            _owedByPackage[(package.Id, month)] = owed;
        }
    }

    private void Act(Package package, int step, DateTimeOffset now, List<string> appointments, Queue<Package> pending)
    {
        var price = package.Terms.Price;
        switch (_random.Next(14))
        {
            case 0 or 1 or 2:
                package.ApplyPayment($"p-{step}", _random.Next(3) == 0 ? new Money(Math.Max(1, price.AmountMinor / 3), price.Currency) : price, now);
                break;
            case 3 when package.Payments.Count > 0:
                var payment = package.Payments[_random.Next(package.Payments.Count)];
                package.UnapplyPayment(payment.PaymentId, payment.Amount, now);
                break;
            case 4 or 5 or 6 or 7:
                var appointment = $"a-{step}";
                if (package.Redeem(appointment, "massage", Staff, now).IsSuccess)
                {
                    appointments.Add(appointment);
                }

                break;
            case 8 when appointments.Count > 0:
                package.ReverseRedemption(appointments[_random.Next(appointments.Count)], (ReversalReason)_random.Next(3), Staff, now);
                break;
            case 9:
                var local = ClinicCalendar.LocalDate(now, ClinicCalendar.FindZone(package.TimeZoneId));
                package.ChangeExpiry(_random.Next(3) == 0 ? null : local.AddDays(_random.Next(-5, 30)), "Staff", Staff, now);
                break;
            case 10 when _random.Next(5) == 0:
                package.Cancel("Ended", Staff, now);
                break;
            case 11 when _random.Next(5) == 0:
                package.RequestRefund(null, "Refund", Staff, now);
                break;
            case 12 when package.Source != PackageSource.Transferred && _random.Next(2) == 0:
                if (package.MoveSessions($"{package.Id}-moved-{step}", "friend", _random.Next(1, 3), "Gift", Staff, now) is { IsSuccess: true } moved)
                {
                    package.CompleteTransfer(moved.Value.ToPackageId);
                    pending.Enqueue(Package.ReceiveSessions(package, moved.Value));
                }

                break;
        }
    }

    private static DateTimeOffset ReportMonthEnd(string month, Clinic clinic) =>
        Domain.Liability.ReportMonth.Parse(month).Value.EndIn(clinic.TimeZone);
}
