using Packages.Application.Liability;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Packages.Application.Diagnostics;
using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Functions.Tests.Messaging;

/// <summary>The writer sends a backlog in chunks and acknowledges what went out before a failure; the outbox is bounded.</summary>
public sealed class OutboxChunkTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-26T15:00:00Z");
    private readonly Mock<IPackageStore> _store = new();
    private readonly Mock<IEventPublisher> _publisher = new();

    [Fact]
    public async Task A_failure_in_the_second_chunk_acknowledges_the_first_and_keeps_the_rest_in_order()
    {
        var package = WithEvents(120);
        var calls = 0;
        _publisher.Setup(p => p.PublishAsync(package, It.IsAny<IReadOnlyList<OutboundEvent>>(), It.IsAny<CancellationToken>()))
                  .Returns(() => ++calls == 2 ? throw new HttpRequestException("topic down") : Task.CompletedTask);
        _store.Setup(s => s.TrySaveOutboxAsync(package, "etag-1", It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var first = package.Outbox.Take(PackageWriter.ChunkSize).Select(e => e.EventId).ToList();
        var rest = package.Outbox.Skip(PackageWriter.ChunkSize).Select(e => e.EventId).ToList();

        var sent = await Writer().DispatchAsync(package, "etag-1", CancellationToken.None);

        Assert.Equal(PackageWriter.ChunkSize, sent);
        Assert.Equal(rest, package.Outbox.Select(e => e.EventId));
        Assert.DoesNotContain(package.Outbox, e => first.Contains(e.EventId));
        _publisher.Verify(p => p.PublishAsync(package, It.Is<IReadOnlyList<OutboundEvent>>(e => e.Count <= PackageWriter.ChunkSize), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _store.Verify(s => s.TrySaveOutboxAsync(package, "etag-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_change_beyond_the_outbox_bound_is_refused_before_any_write()
    {
        var package = WithEvents(PackageWriter.MaxPendingEvents);
        package.UnapplyPayment("pay-0", new Money(45_000, "CAD"), Now);

        await Assert.ThrowsAsync<OutboxFullException>(() => Writer().ReplaceAsync(package, "etag-1", CancellationToken.None));

        _store.Verify(s => s.TryReplaceAsync(It.IsAny<Package>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_payment_is_still_written_past_the_soft_bound_up_to_the_hard_cap()
    {
        var package = WithEvents(PackageWriter.MaxPendingEvents);
        package.UnapplyPayment("pay-0", new Money(45_000, "CAD"), Now);
        _store.Setup(s => s.TryReplaceAsync(package, "etag-1", It.IsAny<CancellationToken>())).ReturnsAsync("etag-2");

        Assert.True(await Writer().ReplaceAsync(package, "etag-1", CancellationToken.None, PackageWriter.MaxPendingEventsForPayments));

        _store.Verify(s => s.TryReplaceAsync(package, "etag-1", It.IsAny<CancellationToken>()), Times.Once);
    }

    private PackageWriter Writer() =>
        new(_store.Object, _publisher.Object, new LiabilityProjection(Mock.Of<ILiabilityLedger>(l => l.TryAddAsync(It.IsAny<Packages.Domain.Liability.LiabilityEntry>(), It.IsAny<CancellationToken>()) == Task.FromResult(true))), OutboxOptions.Inline, new PackagesMetrics(), NullLogger<PackageWriter>.Instance);

    /// <summary>A sold, paid package whose outbox holds <paramref name="count"/> events (sessions used and given back).</summary>
    private static Package WithEvents(int count)
    {
        var terms = PackageTerms.Create("Five", new Money(45_000, "CAD"), 5, ["massage"], null, ExpiryPolicy.Never, false).Value;
        var clinic = Clinic.Create("maple", "Maple", "America/Toronto").Value;
        var package = Package.Sell("pkg-1", "client-1", new Offer("offer-1", "maple", terms, OfferStatus.Active, Now, Now), terms, clinic,
            new Actor("jane", "staff"), Now);
        package.ApplyPayment("pay-0", new Money(45_000, "CAD"), Now);
        for (var n = 1; package.Outbox.Count < count; n++)
        {
            Assert.True(package.Redeem($"appt-{n}", "massage", new Actor("jane", "staff"), Now).IsSuccess);
            if (package.Outbox.Count < count)
            {
                Assert.True(package.ReverseRedemption($"appt-{n}", ReversalReason.Cancelled, new Actor("jane", "staff"), Now).IsSuccess);
            }
        }

        Assert.Equal(count, package.Outbox.Count);
        return package;
    }
}
