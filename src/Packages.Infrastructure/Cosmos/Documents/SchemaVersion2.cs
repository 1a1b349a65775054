using System.Text.Json.Nodes;

namespace Packages.Infrastructure.Cosmos.Documents;

/// <summary>
/// Reads package documents written before schema version 3, when redemptions were stored by column:
/// space-separated appointment ids, base-36 millisecond deltas from the purchase, a table of
/// (service type, actor) pairs, and slots, sessions left and forfeits only where they differed from what
/// the position implied. Read only: the next write of such a package stores version 3. Remove once
/// <c>SELECT VALUE COUNT(1) FROM c WHERE c.type = 'package' AND c.schemaVersion = 2</c> answers 0 (docs/operations.md).
/// </summary>
internal static class SchemaVersion2
{
    public static void Upgrade(JsonObject document)
    {
        if (document["redemptions"] is JsonObject columns)
        {
            var purchasedAt = document["purchasedAt"]!.GetValue<DateTimeOffset>();
            var sessions = document["terms"]!["sessions"]!.GetValue<int>();
            document["redemptions"] = Redemptions(columns, purchasedAt, sessions);
        }

        document["schemaVersion"] = PackageDocument.CurrentSchemaVersion;
    }

    private static JsonArray Redemptions(JsonObject columns, DateTimeOffset purchasedAt, int sessions)
    {
        var appointmentIds = Split(columns["appointmentIds"]);
        var delays = Split(columns["millisecondsAfterPrevious"]);
        var pairs = columns["serviceAndActor"]!.AsArray();
        var at = purchasedAt.ToUnixTimeMilliseconds();
        var redemptions = new JsonArray();
        for (var i = 0; i < appointmentIds.Length; i++)
        {
            var position = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var pair = pairs[columns["serviceAndActorIndexes"]?[i]?.GetValue<int>() ?? 0]!.AsArray();
            at += ParseBase36(delays[i]);
            var redemption = new JsonObject
            {
                ["appointmentId"] = appointmentIds[i],
                ["serviceType"] = pair[0]!.GetValue<string>(),
                ["at"] = DateTimeOffset.FromUnixTimeMilliseconds(at),
                ["by"] = pair[1]!.GetValue<string>(),
                ["slot"] = columns["slots"]?[i]?.GetValue<int>() ?? i,
                ["sessionsLeft"] = columns["sessionsRemainingAfter"]?[position]?.GetValue<int>() ?? sessions - i - 1,
            };
            if (columns["forfeited"]?[position] is { } reason)
            {
                redemption["forfeited"] = reason.DeepClone();
            }

            redemptions.Add(redemption);
        }

        return redemptions;
    }

    private static string[] Split(JsonNode? column) =>
        column?.GetValue<string>() is { Length: > 0 } text ? text.Split(' ') : [];

    private static long ParseBase36(string text)
    {
        if (text.Length == 0 || text == "-")
        {
            throw new FormatException("An empty base-36 number.");
        }

        var negative = text.StartsWith('-');
        var value = 0L;
        foreach (var digit in negative ? text[1..] : text)
        {
            var d = char.IsAsciiDigit(digit) ? digit - '0' : char.IsAsciiLetterLower(digit) ? digit - 'a' + 10 : throw new FormatException($"'{text}' is not base 36.");
            value = checked((value * 36) + d);
        }

        return negative ? -value : value;
    }
}
