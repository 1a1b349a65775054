using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

public sealed class ImportTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime;
    private static readonly Clinic Clinic = Clinic.Create("clinic-1", "Test", "America/Toronto").Value;
    private static readonly Offer Offer = new("offer-1", "clinic-1",
        PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage", "acupuncture"], new Dictionary<string, int> { ["massage"] = 5 },
            ExpiryPolicy.Never, false).Value, OfferStatus.Active, Now, Now);

    private static LegacyPackage Legacy(int used = 3, long paid = 100_000, DateOnly? expires = null, IReadOnlyList<LegacyRedemption>? history = null) =>
        new("OLD-42", "client-1", new DateOnly(2026, 6, 1), expires, used, new Money(paid, "CAD"), history ?? []);

    [Fact]
    public void An_imported_package_keeps_its_used_sessions_and_then_behaves_like_a_native_one()
    {
        var package = Package.Import("pkg-1", Offer, Clinic, Legacy(), "fingerprint", PackageBuilder.Staff, Now).Value;

        Assert.Equal(7, package.SessionsRemaining);
        Assert.True(package.IsFullyPaid);
        Assert.Equal(PackageSource.Imported, package.Source);
        var receipt = package.Redeem("appt-new", "massage", PackageBuilder.Staff, Now).Value;
        Assert.Equal(4, receipt.SessionNumber);
        Assert.Equal(6, receipt.SessionsRemaining);
    }

    [Fact]
    public void Imported_history_counts_against_the_per_service_caps()
    {
        var history = Enumerable.Range(1, 5).Select(i => new LegacyRedemption(new DateOnly(2026, 7, i), "massage", $"old-{i}")).ToList();
        var package = Package.Import("pkg-1", Offer, Clinic, Legacy(used: 5, history: history), "fingerprint", PackageBuilder.Staff, Now).Value;

        Assert.Equal("service-limit-reached", package.Redeem("appt-new", "massage", PackageBuilder.Staff, Now).Error!.Code);
        Assert.True(package.Redeem("appt-new", "acupuncture", PackageBuilder.Staff, Now).IsSuccess);
    }

    [Fact]
    public void A_partly_paid_import_is_locked_until_the_rest_is_paid()
    {
        var package = Package.Import("pkg-1", Offer, Clinic, Legacy(paid: 40_000), "fingerprint", PackageBuilder.Staff, Now).Value;

        Assert.Equal(60_000, package.AmountDue.AmountMinor);
        Assert.Equal("package-not-paid", package.Redeem("appt-1", "massage", PackageBuilder.Staff, Now).Error!.Code);
    }

    [Fact]
    public void A_package_imported_after_its_expiry_is_expired_at_once()
    {
        var package = Package.Import("pkg-1", Offer, Clinic, Legacy(expires: new DateOnly(2026, 9, 30)), "fingerprint", PackageBuilder.Staff, Now).Value;

        Assert.Equal(PackageStatus.Expired, package.Status);
        // It expired in the old system: nothing is owed here, and its breakage is not this clinic's for this month.
        Assert.Equal(["package-imported"], package.Outbox.Select(e => e.Type));
        Assert.Null(package.Outbox[0].Data.Liability);
    }

    [Fact]
    public void Invalid_rows_are_refused_with_every_problem_named()
    {
        var bad = Legacy(used: 11, history: [new LegacyRedemption(new DateOnly(2026, 7, 1), "massage", null)]) with
        {
            PurchasedOn = new DateOnly(2027, 1, 1),
            AmountPaid = new Money(5, "USD"),
        };

        var error = Package.Import("pkg-1", Offer, Clinic, bad, "fingerprint", PackageBuilder.Staff, Now).Error!;

        Assert.Equal(["amountPaid.currency", "history", "purchasedOn", "sessionsUsed"], error.FieldErrors!.Keys.Order(StringComparer.Ordinal));
    }
}
