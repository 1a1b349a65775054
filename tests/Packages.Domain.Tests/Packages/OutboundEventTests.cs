using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

/// <summary>Every event is its own record and carries the amounts a ledger books (docs/messages.md).</summary>
public sealed class OutboundEventTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime;
    private static readonly Actor Staff = PackageBuilder.Staff;

    [Fact]
    public void A_redeemed_returned_and_forfeited_session_each_state_the_sessions_value_and_the_last_carries_the_remainder()
    {
        var package = new PackageBuilder().Priced(100_001).WithSessions(3).BuildPaid();
        package.Redeem("a-1", "massage", Staff, Now);
        package.Redeem("a-2", "massage", Staff, Now);
        package.Redeem("a-3", "massage", Staff, Now);
        package.ReverseRedemption("a-1", ReversalReason.Cancelled, Staff, Now);
        package.ReverseRedemption("a-3", ReversalReason.NoShow, Staff, Now);

        var redeemed = package.Outbox.Select(e => e.Data).OfType<SessionRedeemed>().ToList();
        Assert.Equal([33_333, 33_333, 33_335], redeemed.Select(r => r.Value.AmountMinor));
        Assert.Equal([3, 2, 1, 0], package.Outbox.Where(e => e.Data is PackageUnlocked or SessionRedeemed).Select(e => e.Data.SessionsRemaining));
        var reversals = package.Outbox.Select(e => e.Data).OfType<RedemptionReversed>().ToList();
        Assert.Equal(
            [("a-1", ReversalOutcome.Returned, ReversalReason.Cancelled, 33_333L), ("a-3", ReversalOutcome.Forfeited, ReversalReason.NoShow, 33_335L)],
            reversals.Select(r => (r.AppointmentId, r.Outcome, r.Reason, r.Value.AmountMinor)));
        Assert.All(package.Outbox, e => Assert.Equal(OutboundEventTypes.Of(e.Data), e.Type));
    }

    [Fact]
    public void Expiry_and_cancellation_state_the_value_left_in_unused_sessions_and_what_was_paid()
    {
        var expiring = new PackageBuilder().Priced(90_000).WithSessions(10).ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();
        expiring.Redeem("a-1", "massage", Staff, Now);
        expiring.ExpireIfDue(Now.AddDays(30));
        var cancelled = new PackageBuilder().Priced(90_000).WithSessions(10).BuildPaid();
        cancelled.Redeem("a-1", "massage", Staff, Now);
        cancelled.Redeem("a-2", "massage", Staff, Now);
        cancelled.Cancel("Moved away", Staff, Now);

        var expired = Assert.IsType<PackageExpired>(expiring.Outbox[^1].Data);
        Assert.Equal((81_000L, 90_000L, PackageStatus.Expired), (expired.ValueReleased.AmountMinor, expired.AmountPaid.AmountMinor, expired.Status));
        var ended = Assert.IsType<PackageCancelled>(cancelled.Outbox[^1].Data);
        Assert.Equal((72_000L, 90_000L, "Moved away", 8), (ended.ValueReleased.AmountMinor, ended.AmountPaid.AmountMinor, ended.Reason, ended.SessionsRemaining));
    }

    [Fact]
    public void An_import_raises_package_imported_with_the_value_already_used()
    {
        var clinic = Clinic.Create("clinic-1", "Test", "America/Toronto").Value;
        var offer = new Offer("offer-1", "clinic-1", PackageTerms.Create("Ten", new Money(100_000, "CAD"), 10, ["massage"], null, ExpiryPolicy.Never, false).Value,
            OfferStatus.Active, Now, Now);
        var legacy = new LegacyPackage("OLD-42", "client-1", new DateOnly(2026, 6, 1), null, 3, new Money(100_000, "CAD"), []);

        var package = Package.Import("pkg-1", offer, clinic, legacy, "fingerprint", Staff, Now).Value;

        var imported = Assert.IsType<PackageImported>(Assert.Single(package.Outbox).Data);
        Assert.Equal(("OLD-42", 3, 30_000L, 7), (imported.ExternalReference, imported.SessionsUsed, imported.ValueUsed.AmountMinor, imported.SessionsRemaining));
    }

    [Fact]
    public void Every_event_type_has_one_record_and_one_name()
    {
        Assert.Equal(OutboundEventTypes.All.Count, OutboundEventTypes.All.Select(t => t.Type).Distinct().Count());
        Assert.Equal(OutboundEventTypes.All.Count, OutboundEventTypes.All.Select(t => t.Data).Distinct().Count());
        Assert.All(OutboundEventTypes.All, t => Assert.True(t.Data.IsSealed && t.Data.IsSubclassOf(typeof(PackageEventData)), t.Data.Name));
    }
}
