using System.Globalization;
using Packages.Domain.Offers;
using Packages.Domain.Packages;
using Packages.Infrastructure.Cosmos.Documents;

namespace Packages.Infrastructure.Cosmos.Mapping;

/// <summary>Between a package's redemptions and their column layout (<see cref="RedemptionLogDocument"/>).</summary>
internal static class RedemptionLogMapping
{
    private const char Separator = ' ';

    public static RedemptionLogDocument ToLog(this IReadOnlyList<Redemption> redemptions, PackageTerms terms, DateTimeOffset purchasedAt)
    {
        // Identifiers are validated on the way in; this only guards the separator the layout relies on.
        if (redemptions.FirstOrDefault(r => r.AppointmentId.Length == 0 || r.AppointmentId.Contains(Separator, StringComparison.Ordinal)) is { } invalid)
        {
            throw new InvalidOperationException($"Appointment id '{invalid.AppointmentId}' is not a valid identifier.");
        }

        var pairs = new List<(string ServiceType, string Actor)>();
        var indexes = redemptions.Select(r => IndexOf(pairs, (r.ServiceType, r.RedeemedBy))).ToArray();
        var positions = Enumerable.Range(0, redemptions.Count);
        return new RedemptionLogDocument
        {
            AppointmentIds = string.Join(Separator, redemptions.Select(r => r.AppointmentId)),
            ServiceAndActor = [.. pairs.Select(p => new[] { p.ServiceType, p.Actor })],
            ServiceAndActorIndexes = indexes.All(i => i == 0) ? null : indexes,
            MillisecondsAfterPrevious = string.Join(Separator,
                Deltas(purchasedAt.ToUnixTimeMilliseconds(), redemptions.Select(r => r.RedeemedAt.ToUnixTimeMilliseconds())).Select(Base36.Format)),
            Slots = positions.All(i => redemptions[i].Slot == i) ? null : [.. redemptions.Select(r => r.Slot)],
            SessionsRemainingAfter = ByPosition(
                positions.Where(i => redemptions[i].SessionsRemainingAfter != DefaultRemaining(terms, i)),
                i => redemptions[i].SessionsRemainingAfter),
            Forfeited = ByPosition(
                positions.Where(i => redemptions[i].Outcome == RedemptionOutcome.Forfeited),
                i => redemptions[i].ForfeitReason),
        };
    }

    public static IEnumerable<Redemption> ToRedemptions(this RedemptionLogDocument log, PackageTerms terms, DateTimeOffset purchasedAt)
    {
        var appointmentIds = Split(log.AppointmentIds);
        var delays = Split(log.MillisecondsAfterPrevious);
        var at = purchasedAt.ToUnixTimeMilliseconds();
        for (var i = 0; i < appointmentIds.Length; i++)
        {
            var key = Key(i);
            var pair = log.ServiceAndActor[log.ServiceAndActorIndexes?[i] ?? 0];
            var slot = log.Slots?[i] ?? i;
            at += Base36.Parse(delays[i]);
            ReversalReason? reason = null;
            var forfeited = log.Forfeited is { } forfeits && forfeits.TryGetValue(key, out reason);
            var remaining = DefaultRemaining(terms, i);
            yield return new Redemption(
                appointmentIds[i],
                pair[0],
                slot,
                terms.SessionValue(slot),
                DateTimeOffset.FromUnixTimeMilliseconds(at),
                pair[1],
                log.SessionsRemainingAfter?.GetValueOrDefault(key, remaining) ?? remaining,
                forfeited ? RedemptionOutcome.Forfeited : RedemptionOutcome.Redeemed,
                forfeited ? reason : null);
        }
    }

    /// <summary>What a package used in order, with nothing returned, has left after its i-th redemption.</summary>
    private static int DefaultRemaining(PackageTerms terms, int position) => terms.Sessions - position - 1;

    private static IEnumerable<long> Deltas(long origin, IEnumerable<long> values)
    {
        var previous = origin;
        foreach (var value in values)
        {
            yield return value - previous;
            previous = value;
        }
    }

    private static int IndexOf<T>(List<T> values, T value)
    {
        var index = values.IndexOf(value);
        if (index < 0)
        {
            values.Add(value);
            index = values.Count - 1;
        }

        return index;
    }

    private static string[] Split(string column) => column.Length == 0 ? [] : column.Split(Separator);

    private static string Key(int position) => position.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, T>? ByPosition<T>(IEnumerable<int> positions, Func<int, T> value)
    {
        var map = positions.ToDictionary(Key, value, StringComparer.Ordinal);
        return map.Count == 0 ? null : map;
    }
}
