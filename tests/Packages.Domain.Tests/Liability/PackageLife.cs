using Packages.Domain.Common;
using Packages.Domain.Packages;
using Packages.Domain.Tests.Packages;

namespace Packages.Domain.Tests.Liability;

/// <summary>One random step in a package's life: payments (some taken back), sessions used and returned, expiry, cancel, refund, moves.</summary>
public static class PackageLife
{
    public static void Step(Package package, Random random, int step, DateTimeOffset now, List<string> appointments)
    {
        var price = package.Terms.Price.AmountMinor;
        switch (random.Next(12))
        {
            case 0 or 1:
                package.ApplyPayment($"p-{step}", new Money(random.Next(3) == 0 ? Math.Max(1, price / 3) : price, "CAD"), now);
                break;
            case 2 when package.Payments.Count > 0:
                var paid = package.Payments[random.Next(package.Payments.Count)];
                package.UnapplyPayment(paid.PaymentId, paid.Amount, now);
                break;
            case 3 or 4 or 5:
                var appointment = $"a-{step}";
                if (package.Redeem(appointment, "massage", PackageBuilder.Staff, now).IsSuccess)
                {
                    appointments.Add(appointment);
                }

                break;
            case 6 when appointments.Count > 0:
                package.ReverseRedemption(appointments[random.Next(appointments.Count)], (ReversalReason)random.Next(3), PackageBuilder.Staff, now);
                break;
            case 7:
                package.ExpireIfDue(now);
                break;
            case 8:
                package.ChangeExpiry(random.Next(2) == 0 ? null : DateOnly.FromDateTime(now.UtcDateTime).AddDays(random.Next(-3, 10)), "Staff", PackageBuilder.Staff, now);
                break;
            case 9 when random.Next(6) == 0:
                package.Cancel("Ended", PackageBuilder.Staff, now);
                break;
            case 10 when random.Next(6) == 0:
                package.RequestRefund(null, "Refund", PackageBuilder.Staff, now);
                break;
            case 11 when random.Next(3) == 0:
                package.MoveSessions($"moved-{step}", "friend", random.Next(1, 4), "Gift", PackageBuilder.Staff, now);
                break;
        }
    }
}
