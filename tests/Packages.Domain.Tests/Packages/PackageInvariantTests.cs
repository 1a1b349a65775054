using CsCheck;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Domain.Tests.Packages;

/// <summary>Property tests: invariants that must hold for any sequence of commands.</summary>
public sealed class PackageInvariantTests
{
    private static readonly DateTimeOffset Now = PackageBuilder.SaleTime.AddHours(1);

    private static readonly Gen<(int Kind, int Appointment, int Service)> Command =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 15], Gen.Int[0, 1]);

    [Fact]
    public void Remaining_is_never_negative_and_no_cap_is_ever_exceeded() =>
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 12], Command.Array[0, 60]).Sample((sessions, massageCap, commands) =>
        {
            var cap = Math.Min(massageCap, sessions);
            var package = new PackageBuilder().WithSessions(sessions).Priced(sessions * 1_000L).Capping("massage", cap).BuildPaid();
            string[] services = ["massage", "acupuncture"];
            foreach (var (kind, appointment, service) in commands)
            {
                _ = kind switch
                {
                    0 => package.Redeem($"appt-{appointment}", services[service], PackageBuilder.Staff, Now).IsSuccess,
                    1 => package.ReverseRedemption($"appt-{appointment}", ReversalReason.Cancelled, PackageBuilder.Staff, Now).IsSuccess,
                    _ => package.ReverseRedemption($"appt-{appointment}", ReversalReason.NoShow, PackageBuilder.Staff, Now).IsSuccess,
                };
            }

            var active = package.Redemptions.ToList();
            return package.SessionsRemaining >= 0
                && active.Count <= sessions
                && active.Count(r => r.ServiceType == "massage") <= cap
                && active.Select(r => r.Slot).Distinct().Count() == active.Count
                && active.All(r => r.Slot < sessions);
        });

    [Fact]
    public void Any_order_or_duplication_of_payment_messages_gives_the_same_final_state() =>
        Gen.Select(Gen.Int[1, 6], Gen.Int[0, 1000]).SelectMany((payments, seed) =>
            Gen.Shuffle(Enumerable.Range(0, payments * 3).ToArray()).Select(order => (payments, seed, order)))
        .Sample(t =>
        {
            // Each payment is applied (twice: a redelivery) and, for odd ids, unapplied.
            var messages = Enumerable.Range(0, t.payments).SelectMany(p => new[] { (p, true), (p, true), (p, p % 2 == 0) }).ToArray();
            var inOrder = Replay(messages);
            var shuffled = Replay([.. t.order.Select(i => messages[i])]);
            return inOrder.AmountPaid == shuffled.AmountPaid && inOrder.IsFullyPaid == shuffled.IsFullyPaid;
        });

    private static Package Replay(IEnumerable<(int Payment, bool Apply)> messages)
    {
        var package = new PackageBuilder().Priced(30_000).Build();
        foreach (var (payment, apply) in messages)
        {
            var amount = new Money(10_000, "CAD");
            _ = apply
                ? package.ApplyPayment($"pay-{payment}", amount, Now)
                : package.UnapplyPayment($"pay-{payment}", amount, Now);
        }

        return package;
    }
}
