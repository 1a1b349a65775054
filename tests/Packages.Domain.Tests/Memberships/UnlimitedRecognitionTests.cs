using CsCheck;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Domain.Packages.Events;

namespace Packages.Domain.Tests.Memberships;

/// <summary>
/// An unlimited plan's period recognizes its price by time (docs/rules.md "Memberships"), whatever the order and timing of
/// the month ends, payments, freezes and the renewal: never more than the price, never a negative step, each step booked no
/// earlier than the one before, and, once the period is renewed, exactly the price in total.
/// </summary>
public sealed class UnlimitedRecognitionTests
{
    private static readonly Clinic Toronto = Clinic.Create("maple", "Maple", "America/Toronto").Value;

    [Fact]
    public void Recognition_adds_up_to_the_price_whatever_the_timing()
    {
        Gen.Select(Gen.Int[0, 2], Gen.Long[366, 5_000_000], Gen.Int[0, 400], Gen.Int[0, 3].Array[0, 12], Gen.Int[0, 20]).Sample((unit, price, startOffset, steps, freezeDays) =>
        {
            var period = (MembershipPeriodUnit)unit;
            var terms = PackageTerms.Create("Unlimited", new Money(price, "CAD"), 100, ["yoga"], null,
                ExpiryPolicy.Never, false, maxFreezeDaysPerYear: 366).Value;
            var plan = new Offer("plan", "maple", terms, OfferStatus.Active, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
            {
                Membership = MembershipPlan.Create(period, null, null, terms.Sessions, unlimited: true, priceMinor: price).Value,
            };
            var enrolled = DateTimeOffset.Parse("2027-01-01T17:00:00Z").AddDays(startOffset);
            var membership = Package.Enrol("m", "client", plan, Toronto, Actor.System, enrolled).Value;
            membership.ApplyPayment("pay", terms.Price, enrolled);
            if (freezeDays > 0)
            {
                var from = ClinicCalendar.LocalDate(enrolled, Toronto.TimeZone).AddDays(1);
                membership.Freeze(from, from.AddDays(freezeDays - 1), "Travel", Actor.System, enrolled);
            }

            var now = enrolled;
            foreach (var step in steps)
            {
                now = now.AddDays(1 + step * 9).AddHours(step);
                if (step == 0)
                {
                    membership.RecognizeUpTo(now, now); // as a payment or refund would
                }
                else if (membership.NextRecognitionAt is { } monthEnd && monthEnd <= now)
                {
                    membership.RecognizeElapsedTime(monthEnd, now); // as the timer does
                }
            }

            var due = membership.Membership!.RenewsAt!.Value;
            membership.Renew(due > now ? due.AddHours(3) : now);

            var recognized = membership.Outbox.Select(e => e.Data).OfType<MembershipRevenueRecognized>().Select(r => r.Amount.AmountMinor).ToList();
            var bookings = membership.Outbox.Where(e => e.Data.Liability is not null).Select(e => e.Data.Liability!.EffectiveAt).ToList();
            Assert.Equal(price, recognized.Sum());
            Assert.All(recognized, amount => Assert.True(amount > 0));
            Assert.Equal(bookings.Order(), bookings);
            Assert.Equal(0, membership.Liability.AmountMinor);
        }, iter: 300);
    }
}
