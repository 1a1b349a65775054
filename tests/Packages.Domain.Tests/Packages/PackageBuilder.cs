using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

/// <summary>Builds packages for tests: a Toronto clinic, CAD prices, sensible defaults.</summary>
public sealed class PackageBuilder
{
    public static readonly DateTimeOffset SaleTime = DateTimeOffset.Parse("2026-11-26T15:00:00Z");

    public static readonly Actor Staff = new("jane", "staff");

    private long _price = 90_000;
    private int _sessions = 10;
    private string[] _services = ["massage", "acupuncture"];
    private Dictionary<string, int> _caps = [];
    private ExpiryPolicy _expiry = ExpiryPolicy.Never;
    private bool _installments;
    private LateCancelPolicy _lateCancel = LateCancelPolicy.Forfeit;
    private string _zone = "America/Toronto";
    private ReminderPolicy? _reminders;
    private DateTimeOffset _soldAt = SaleTime;
    private int _maxBeneficiaries;
    private int? _sessionsPerClient;
    private int _maxFreezeDays;

    public PackageBuilder Priced(long minor) { _price = minor; return this; }

    public PackageBuilder WithSessions(int sessions) { _sessions = sessions; return this; }

    public PackageBuilder ForServices(params string[] services) { _services = services; return this; }

    public PackageBuilder Capping(string service, int cap) { _caps[service] = cap; return this; }

    public PackageBuilder ExpiringAfter(int count, ExpiryUnit unit) { _expiry = ExpiryPolicy.After(count, unit).Value; return this; }

    public PackageBuilder WithInstallments() { _installments = true; return this; }

    public PackageBuilder ReturningLateCancels() { _lateCancel = LateCancelPolicy.Return; return this; }

    public PackageBuilder InZone(string zone) { _zone = zone; return this; }

    public PackageBuilder Reminding(ReminderPolicy reminders) { _reminders = reminders; return this; }

    public PackageBuilder SoldAt(DateTimeOffset at) { _soldAt = at; return this; }

    public PackageBuilder FreezableUpTo(int daysPerYear) { _maxFreezeDays = daysPerYear; return this; }

    public PackageBuilder SharedWithUpTo(int beneficiaries, int? sessionsPerClient = null)
    {
        _maxBeneficiaries = beneficiaries;
        _sessionsPerClient = sessionsPerClient;
        return this;
    }

    public Package Build()
    {
        var terms = PackageTerms.Create("Test package", new Money(_price, "CAD"), _sessions, _services, _caps, _expiry, _installments, _lateCancel, _maxBeneficiaries, _sessionsPerClient,
            maxFreezeDaysPerYear: _maxFreezeDays).Value;
        var clinic = Clinic.Create("clinic-1", "Test Clinic", _zone, _reminders).Value;
        var offer = new Offer("offer-1", clinic.Id, terms, OfferStatus.Active, _soldAt, _soldAt);
        return Package.Sell("pkg-1", "client-1", offer, terms, clinic, Staff, _soldAt);
    }

    public Package BuildPaid()
    {
        var package = Build();
        package.ApplyPayment("pay-full", new Money(_price, "CAD"), _soldAt);
        return package;
    }
}
