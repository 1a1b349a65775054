using Packages.Domain.Common;
using Packages.Domain.Liability;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;
using Packages.Domain.Tests.Packages;

namespace Packages.Domain.Tests.Liability;

/// <summary>How each event moves a package's liability (its paid, unused value while usable): docs/rules.md, "Liability roll-forward".</summary>
public sealed class PackageLiabilityTests
{
    private static readonly DateTimeOffset Sale = PackageBuilder.SaleTime;

    private static List<LiabilityChange> Changes(Package package) => [.. package.Outbox.Select(e => e.Data.Liability).OfType<LiabilityChange>()];

    private static Money Cad(long minor) => new(minor, "CAD");

    /// <summary>The category of a change that has one part (most do).</summary>
    private static LiabilityCategory Category(LiabilityChange change) => Assert.Single(change.Parts).Category;

    private static List<(LiabilityCategory, long)> Parts(LiabilityChange change) => [.. change.Parts.Select(p => (p.Category, p.Change.AmountMinor))];

    [Fact]
    public void A_payment_books_the_paid_value_and_each_session_moves_its_value_to_recognized()
    {
        var package = new PackageBuilder().Priced(1_000).WithSessions(3).BuildPaid();
        package.Redeem("a-1", "massage", PackageBuilder.Staff, Sale.AddDays(1));
        package.Redeem("a-2", "massage", PackageBuilder.Staff, Sale.AddDays(2));
        package.ReverseRedemption("a-2", ReversalReason.Cancelled, PackageBuilder.Staff, Sale.AddDays(3));

        Assert.Equal(
            [(LiabilityCategory.Paid, 1_000L, 1_000L), (LiabilityCategory.Recognized, -333L, 667L), (LiabilityCategory.Recognized, -333L, 334L), (LiabilityCategory.Recognized, 333L, 667L)],
            Changes(package).Select(c => (Category(c), c.Change.AmountMinor, c.Balance.AmountMinor)));
        Assert.Equal(Cad(667), package.Liability);
    }

    [Fact]
    public void A_part_payment_of_a_locked_package_is_owed_in_sessions_and_taking_it_back_releases_it()
    {
        var package = new PackageBuilder().Priced(90_000).Build();
        package.ApplyPayment("p-1", Cad(30_000), Sale);
        Assert.Equal(Cad(30_000), package.Liability);

        package.UnapplyPayment("p-1", Cad(30_000), Sale.AddHours(1));

        Assert.Equal([30_000L, -30_000L], Changes(package).Select(c => c.Change.AmountMinor));
        Assert.All(Changes(package), c => Assert.Equal(LiabilityCategory.Paid, Category(c)));
        Assert.Equal(["package-sold", "package-payment-recorded", "package-payment-recorded"], package.Outbox.Select(e => e.Type));
    }

    [Fact]
    public void An_overpayment_is_not_owed_in_sessions_and_use_beyond_what_is_paid_never_makes_it_negative()
    {
        var package = new PackageBuilder().Priced(900).WithSessions(3).Build();
        package.ApplyPayment("p-1", Cad(1_200), Sale);
        Assert.Equal(Cad(900), package.Liability); // the 300 over the price is owed back, not in sessions

        package.Redeem("a-1", "massage", PackageBuilder.Staff, Sale.AddDays(1));
        package.Redeem("a-2", "massage", PackageBuilder.Staff, Sale.AddDays(1));
        package.UnapplyPayment("p-1", Cad(1_200), Sale.AddDays(2)); // 600 used, nothing paid: a receivable

        Assert.Equal(Money.Zero("CAD"), package.Liability);
        Assert.Equal(package.Liability.AmountMinor, Changes(package).Sum(c => c.Change.AmountMinor));
        Assert.All(Changes(package), c => Assert.True(c.Balance.AmountMinor >= 0));
    }

    [Fact]
    public void Expiry_counts_at_the_end_of_the_last_local_day_not_when_the_sweep_runs()
    {
        var package = new PackageBuilder().ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();
        var sweep = package.ExpiresAt!.Value.AddMinutes(7);

        Assert.True(package.ExpireIfDue(sweep));

        var expiry = Changes(package)[^1];
        Assert.Equal((LiabilityCategory.Breakage, -90_000L, 0L), (Category(expiry), expiry.Change.AmountMinor, expiry.Balance.AmountMinor));
        Assert.Equal(DateTimeOffset.Parse("2026-12-04T05:00:00Z").AddTicks(-1), expiry.EffectiveAt); // the last instant of Dec 3 in Toronto
    }

    [Fact]
    public void Past_its_last_day_a_package_has_ended_before_the_sweep_runs_so_a_late_payment_is_not_owed_in_sessions()
    {
        var package = new PackageBuilder().ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();
        var late = package.ExpiresAt!.Value.AddMinutes(2);

        package.ApplyPayment("p-late", Cad(10_000), late); // posted after the last day, before the sweep
        Assert.False(package.ExpireIfDue(late.AddMinutes(5))); // the payment already recorded the expiry

        Assert.Equal(["package-expired", "package-payment-recorded"], package.Outbox.Skip(3).Select(e => e.Type));
        var expiry = Changes(package)[^1];
        Assert.Equal((LiabilityCategory.Breakage, -90_000L), (Category(expiry), expiry.Change.AmountMinor));
        Assert.Equal(package.ExpiresAt!.Value.AddTicks(-1), expiry.EffectiveAt);
        Assert.Equal(Money.Zero("CAD"), package.Liability);
        Assert.False(package.ReverseRedemption("none", ReversalReason.Cancelled, PackageBuilder.Staff, late).IsSuccess);
    }

    [Fact]
    public void A_last_day_set_in_the_past_ends_the_package_from_that_change_on_never_earlier()
    {
        var package = new PackageBuilder().BuildPaid(); // never expires
        var change = Sale.AddDays(10);
        package.ChangeExpiry(DateOnly.FromDateTime(Sale.UtcDateTime), "Sold by mistake as open-ended", PackageBuilder.Staff, change);

        package.ExpireIfDue(change.AddMinutes(5));

        var expiry = Changes(package)[^1];
        Assert.Equal(LiabilityCategory.Breakage, Category(expiry));
        Assert.Equal(change, expiry.EffectiveAt); // its liability was owed until the change; a closed month is not rewritten
    }

    [Fact]
    public void A_session_cannot_be_given_back_past_the_last_day_even_before_the_sweep()
    {
        var package = new PackageBuilder().ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();
        package.Redeem("a-1", "massage", PackageBuilder.Staff, Sale.AddDays(1));

        var reversal = package.ReverseRedemption("a-1", ReversalReason.Cancelled, PackageBuilder.Staff, package.ExpiresAt!.Value.AddMinutes(1));

        Assert.Equal(ErrorCodes.PackageExpired, reversal.Error!.Code);
        Assert.Equal(PackageStatus.Active, package.Status); // a refused command changes nothing
    }

    [Fact]
    public void Cancel_and_refund_release_the_unused_paid_value_once_and_a_revived_package_brings_it_back()
    {
        var expired = new PackageBuilder().ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();
        expired.ExpireIfDue(expired.ExpiresAt!.Value);
        expired.ChangeExpiry(null, "Goodwill", PackageBuilder.Staff, expired.ExpiresAt!.Value.AddDays(1));
        Assert.Equal((LiabilityCategory.Breakage, 90_000L), (Category(Changes(expired)[^1]), Changes(expired)[^1].Change.AmountMinor));

        var cancelled = new PackageBuilder().BuildPaid();
        cancelled.Cancel("Moved away", PackageBuilder.Staff, Sale.AddDays(1));
        cancelled.RequestRefund(null, "Moved away", PackageBuilder.Staff, Sale.AddDays(2));
        // The cancel released the paid value as breakage; refunding it moves it from breakage to refunded (the liability stays 0).
        Assert.Equal([[(LiabilityCategory.Paid, 90_000L)], [(LiabilityCategory.Breakage, -90_000L)], [(LiabilityCategory.Refunded, -90_000L), (LiabilityCategory.Breakage, 90_000L)]],
            Changes(cancelled).Select(Parts));

        var refunded = new PackageBuilder().BuildPaid();
        refunded.Redeem("a-1", "massage", PackageBuilder.Staff, Sale.AddDays(1));
        refunded.RequestRefund(null, "Injury", PackageBuilder.Staff, Sale.AddDays(2));
        Assert.Equal((LiabilityCategory.Refunded, -81_000L), (Category(Changes(refunded)[^1]), Changes(refunded)[^1].Change.AmountMinor));
    }

    [Fact]
    public void Money_that_changes_after_a_package_ended_moves_between_its_category_and_breakage_and_a_revival_takes_back_only_breakage()
    {
        var package = new PackageBuilder().ExpiringAfter(1, ExpiryUnit.Weeks).Build();
        package.ApplyPayment("p-1", Cad(45_000), Sale); // half paid: owed in sessions, locked
        var after = package.ExpiresAt!.Value.AddDays(1);
        package.ExpireIfDue(after);
        package.ApplyPayment("p-2", Cad(45_000), after.AddHours(1)); // paid after the end: the clinic keeps it
        package.ChangeExpiry(null, "Goodwill", PackageBuilder.Staff, after.AddDays(1)); // revived: all of it is owed again

        Assert.Equal(
            [[(LiabilityCategory.Paid, 45_000L)], [(LiabilityCategory.Breakage, -45_000L)], [(LiabilityCategory.Paid, 45_000L), (LiabilityCategory.Breakage, -45_000L)],
             [(LiabilityCategory.Breakage, 90_000L)]],
            Changes(package).Select(Parts));
        Assert.Equal(90_000L, Changes(package).SelectMany(c => c.Parts).Where(p => p.Category == LiabilityCategory.Paid).Sum(p => p.Change.AmountMinor));
        Assert.Equal(0L, Changes(package).SelectMany(c => c.Parts).Where(p => p.Category == LiabilityCategory.Breakage).Sum(p => p.Change.AmountMinor));
    }

    [Fact]
    public void Each_change_names_the_owner_at_that_change_whenever_the_ledger_reads_it()
    {
        var package = new PackageBuilder().BuildPaid();
        package.TransferTo("bob", "Gift", new Actor("lee", "admin"), Sale.AddDays(1));
        package.Redeem("a-1", "bob", "massage", PackageBuilder.Staff, Sale.AddDays(2));

        Assert.Equal(["client-1", "bob"], Changes(package).Select(c => c.Owner));
        Assert.Equal(["client-1", "bob"], package.Outbox.Select(e => LiabilityEntry.From(package, e)).OfType<LiabilityEntry>().Select(e => e.ClientId));
    }

    [Fact]
    public void Moved_sessions_leave_one_package_and_enter_the_other_at_the_same_value_and_instant()
    {
        var source = new PackageBuilder().Priced(1_000).WithSessions(7).BuildPaid();
        var moved = source.MoveSessions("moved-1", "friend", 3, "Gift", PackageBuilder.Staff, Sale.AddDays(1)).Value;
        var received = Package.ReceiveSessions(source, moved);

        var outgoing = Changes(source)[^1];
        var incoming = Assert.Single(Changes(received));
        Assert.Equal(LiabilityCategory.Transferred, Category(outgoing));
        Assert.Equal(LiabilityCategory.Transferred, Category(incoming));
        Assert.Equal(0, outgoing.Change.AmountMinor + incoming.Change.AmountMinor);
        Assert.Equal(outgoing.EffectiveAt, incoming.EffectiveAt);
    }

    [Fact]
    public void Random_lives_book_exactly_the_package_liability_under_known_categories()
    {
        var random = new Random(20261129);
        for (var life = 0; life < 500; life++)
        {
            var sessions = random.Next(1, 12);
            var price = random.NextInt64(sessions, 1_000_000);
            var builder = new PackageBuilder().Priced(price).WithSessions(sessions).ExpiringAfter(1, ExpiryUnit.Weeks);
            var package = (random.Next(3) == 0 ? builder.WithInstallments() : builder).Build();
            var now = Sale;
            var appointments = new List<string>();
            for (var step = 0; step < 30; step++, now = now.AddHours(random.Next(1, 60)))
            {
                PackageLife.Step(package, random, step, now, appointments);
                Assert.Equal(package.Liability.AmountMinor, Changes(package).Sum(c => c.Change.AmountMinor));
            }

            Assert.DoesNotContain(Changes(package).SelectMany(c => c.Parts), p => p.Category == LiabilityCategory.Adjusted);
            Assert.All(Changes(package), c => Assert.Equal(c.Change.AmountMinor, c.Parts.Sum(p => p.Change.AmountMinor)));
            Assert.All(Changes(package), c => Assert.InRange(c.Balance.AmountMinor, 0, price));
        }
    }
}
