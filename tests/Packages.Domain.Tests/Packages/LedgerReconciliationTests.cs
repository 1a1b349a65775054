using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Packages;

/// <summary>
/// A ledger built only from the events reconciles with the package, whatever happened to it: what the events
/// recognize (sessions redeemed, less those returned) is the value of the sessions in use, and what they release
/// (at expiry, at cancel, less what a revival restores) is the unused value of an ended package, what moves out with
/// sessions is the value of the moved sessions, and together with what is still owed they make the price, nothing twice.
/// </summary>
public sealed class LedgerReconciliationTests
{
    private static readonly DateTimeOffset Start = PackageBuilder.SaleTime;

    [Fact]
    public void Random_lives_of_a_package_reconcile_to_the_minor_unit()
    {
        var random = new Random(20261129);
        for (var life = 0; life < 500; life++)
        {
            var sessions = random.Next(1, 12);
            var package = new PackageBuilder().Priced(random.NextInt64(sessions, 1_000_000)).WithSessions(sessions)
                .ExpiringAfter(1, ExpiryUnit.Weeks).BuildPaid();
            var now = Start;
            var appointments = new List<string>();
            for (var step = 0; step < 30; step++, now = now.AddHours(random.Next(1, 60)))
            {
                switch (random.Next(9))
                {
                    case 0 or 1 or 2:
                        var appointment = $"a-{step}";
                        if (package.Redeem(appointment, "massage", PackageBuilder.Staff, now).IsSuccess)
                        {
                            appointments.Add(appointment);
                        }

                        break;
                    case 3 when appointments.Count > 0:
                        package.ReverseRedemption(appointments[random.Next(appointments.Count)], (ReversalReason)random.Next(3), PackageBuilder.Staff, now);
                        break;
                    case 4:
                        package.ExpireIfDue(now);
                        break;
                    case 5:
                        package.ChangeExpiry(random.Next(2) == 0 ? null : DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-3, 10)), "Staff", PackageBuilder.Staff, now);
                        break;
                    case 6 when random.Next(6) == 0:
                        package.Cancel("Ended", PackageBuilder.Staff, now);
                        break;
                    case 7 when random.Next(6) == 0:
                        package.Delete("Mistake", PackageBuilder.Staff, now);
                        break;
                    case 8 when random.Next(3) == 0:
                        package.MoveSessions($"moved-{step}", "friend", random.Next(1, 4), "Gift", PackageBuilder.Staff, now);
                        break;
                }
            }

            var (recognized, released, movedOut) = Ledger(package.Outbox.Select(e => e.Data));
            var ended = package.Status is PackageStatus.Expired or PackageStatus.Cancelled;
            Assert.Equal(package.ValueUsed.AmountMinor, recognized);
            Assert.Equal(ended ? package.ValueLeft.AmountMinor : 0, released);
            Assert.Equal(package.ValueTransferred.AmountMinor, movedOut);
            Assert.Equal(package.Terms.Price.AmountMinor, recognized + movedOut + package.ValueLeft.AmountMinor);
            Assert.True(package.Status != PackageStatus.Deleted || recognized == 0, "a deleted sale never recognized revenue");
        }
    }

    private static (long Recognized, long Released, long MovedOut) Ledger(IEnumerable<PackageEventData> events)
    {
        long recognized = 0, released = 0, movedOut = 0;
        foreach (var data in events)
        {
            switch (data)
            {
                case SessionRedeemed redeemed:
                    recognized += redeemed.Value.AmountMinor;
                    break;
                case RedemptionReversed { Outcome: ReversalOutcome.Returned } returned:
                    recognized -= returned.Value.AmountMinor;
                    break;
                case PackageExpired expired:
                    released += expired.ValueReleased.AmountMinor;
                    break;
                case PackageCancelled cancelled:
                    released += cancelled.ValueReleased.AmountMinor;
                    break;
                case PackageExpiryChanged changed:
                    released -= changed.ValueRestored.AmountMinor;
                    break;
                case SessionsTransferredOut moved:
                    movedOut += moved.Value.AmountMinor;
                    break;
            }
        }

        return (recognized, released, movedOut);
    }
}
