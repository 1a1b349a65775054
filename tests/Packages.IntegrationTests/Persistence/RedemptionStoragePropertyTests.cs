using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Persistence;

/// <summary>
/// How redemptions are stored (docs/design.md), against random histories: whatever a package went
/// through, what the store reads back is what was written, receipts and audit trail included.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class RedemptionStoragePropertyTests(CosmosServerFixture cosmos)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 14, 0, 0, TimeSpan.Zero);
    private static readonly string[] ServiceTypes = ["massage", "acupuncture", "physio"];
    private static readonly Actor[] Actors = [new("jane", "staff"), new("sam", "staff"), new("lee", "admin"), new("portal", "system")];

    [Fact]
    public async Task Random_histories_read_back_exactly()
    {
        var packages = CosmosServerFixture.PackageStore(await cosmos.NewContainerAsync());
        var clinic = Clinic.Create("maple", "Maple Physio", "America/Toronto").Value;
        var random = new Random(20261126);
        var operations = 0;

        for (var n = 0; n < 150; n++)
        {
            var sessions = random.Next(1, 40);
            var terms = PackageTerms.Create($"Package {n}", new Money(sessions * 9_999L + random.Next(0, 100), "CAD"), sessions, ServiceTypes,
                null, ExpiryPolicy.Never, false, random.Next(2) == 0 ? LateCancelPolicy.Forfeit : LateCancelPolicy.Return).Value;
            var offer = new Offer($"offer-{n}", clinic.Id, terms, OfferStatus.Active, Start, Start);
            var now = Start.AddTicks(random.NextInt64(0, TimeSpan.TicksPerDay * 30));
            var package = random.Next(4) == 0
                ? Imported(n, offer, clinic, terms, random, now)
                : Package.Sell($"pkg-{n}", $"client-{n}", offer, terms, clinic, Actors[0], now);
            package.ApplyPayment($"pay-{n}", terms.Price, now);

            var appointments = new List<string>();
            for (var step = random.Next(0, 3 * sessions); step > 0; step--, operations++)
            {
                now = now.AddTicks(random.NextInt64(1, random.Next(2) == 0 ? TimeSpan.TicksPerSecond : TimeSpan.TicksPerDay * 20));
                var actor = Actors[random.Next(Actors.Length)];
                if (appointments.Count > 0 && random.Next(4) == 0)
                {
                    package.ReverseRedemption(appointments[random.Next(appointments.Count)], (ReversalReason)random.Next(3), actor, now);
                }
                else
                {
                    var appointment = $"appt-{n}-{step}";
                    if (package.Redeem(appointment, ServiceTypes[random.Next(ServiceTypes.Length)], actor, now).IsSuccess)
                    {
                        appointments.Add(appointment);
                    }
                }
            }

            Assert.NotNull(await packages.TryCreateAsync(package, default));
            var stored = (await packages.FindAsync(clinic.Id, package.Id, default))!.Value;

            Assert.Equal(package.Redemptions, stored.Redemptions);
            Assert.Equal(package.Redemptions.Select(package.ReceiptFor), stored.Redemptions.Select(stored.ReceiptFor));
            Assert.Equal(package.AuditTrail([]), stored.AuditTrail([]));
        }

        Assert.True(operations > 1_000, $"only {operations} operations were tried");
    }

    /// <summary>A package brought over from older tracking: sessions used before the sale's instant, of no known type.</summary>
    private static Package Imported(int n, Offer offer, Clinic clinic, PackageTerms terms, Random random, DateTimeOffset now)
    {
        var used = random.Next(0, terms.Sessions + 1);
        var purchasedOn = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-random.Next(used + 1, used + 200));
        var history = random.Next(2) == 0
            ? []
            : Enumerable.Range(0, used).Select(i => new LegacyRedemption(purchasedOn.AddDays(i), random.Next(2) == 0 ? null : "massage", null)).ToList();
        var legacy = new LegacyPackage($"OLD-{n}", $"client-{n}", purchasedOn, null, used, new Money(0, "CAD"), history);
        return Package.Import($"pkg-{n}", offer, clinic, legacy, "fingerprint", Actors[2], now).Value;
    }
}
