using System.Text;
using System.Text.Json.Nodes;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Security;

/// <summary>
/// Generates requests that are bad by construction, so none can legitimately change state: path ids are
/// unknown or malformed (the clinic is the caller's own, or one they do not belong to), and bodies are
/// broken only in ways no valid request can be (malformed, mistyped, overflowing, oversized, emptied).
/// </summary>
public sealed class BadRequestGenerator(Random random, string clinicId, string adminToken)
{
    private static readonly string[] Categories =
        ["malformed-json", "wrong-type", "overflow-number", "negative-number", "bad-id-in-body", "missing-fields",
         "oversized-body", "bad-path-id", "bad-query", "bad-auth", "foreign-clinic",
         "huge-number", "duplicate-key", "combined-enum", "control-char", "bad-percent", "import-row-shape",
         "lone-surrogate"];

    private static readonly string[] HugeNumbers = ["9223372036854775807", "9007199254740993", "1000000000001", "-9223372036854775808", "18446744073709551616"];

    private static readonly Dictionary<string, string> ValidBodies = new()
    {
        ["RegisterClinic"] = """{"name":"Maple Physio","timeZone":"America/Toronto"}""",
        ["CreateOffer"] = """{"name":"Ten","price":{"amountMinor":90000,"currency":"CAD"},"sessions":10,"eligibleServiceTypes":["massage"],"serviceTypeCaps":[{"serviceType":"massage","maxSessions":5}],"defaultExpiry":{"count":30,"unit":"days"},"allowInstallments":false,"lateCancelPolicy":"forfeit"}""",
        ["ReviseOffer"] = """{"name":"Ten","price":{"amountMinor":90000,"currency":"CAD"},"sessions":10,"eligibleServiceTypes":["massage"]}""",
        ["SellPackage"] = """{"offerId":"unknown-offer","clientId":"client-1"}""",
        ["RedeemSession"] = """{"appointmentId":"appt-9","serviceType":"massage"}""",
        ["RedeemForClient"] = """{"appointmentId":"appt-9","serviceType":"massage"}""",
        ["ReverseRedemption"] = """{"reason":"cancelled"}""",
        ["ChangeExpiry"] = """{"expiresOn":"2027-01-31","reason":"Injury"}""",
        ["CancelPackage"] = """{"reason":"Refund"}""",
        ["FreezePackage"] = """{"from":"2026-12-01","until":"2026-12-14","reason":"Injury"}""",
        ["EnrolMember"] = """{"offerId":"unknown-offer","clientId":"client-1"}""",
        ["RedeemMembershipSession"] = """{"appointmentId":"appt-9","clientId":"client-1","serviceType":"massage"}""",
        ["ImportPackages"] = """{"packages":[{"offerId":"unknown-offer","externalReference":"R1","clientId":"c1","purchasedOn":"2026-01-01","sessionsUsed":1,"amountPaid":{"amountMinor":100,"currency":"CAD"}}]}""",
    };

    public (HttpRequestMessage Request, string Category) Next(IReadOnlyList<RouteCatalog.Route> routes)
    {
        var route = routes[random.Next(routes.Count)];
        var hasBody = ValidBodies.ContainsKey(route.Function);
        var category = Categories[random.Next(Categories.Length)];
        if (category == "import-row-shape" && route.Function != "ImportPackages")
        {
            category = "duplicate-key";
        }

        if (!hasBody && category is "malformed-json" or "wrong-type" or "overflow-number" or "negative-number" or "bad-id-in-body" or "missing-fields"
            or "oversized-body" or "huge-number" or "duplicate-key" or "combined-enum" or "control-char" or "lone-surrogate")
        {
            category = "bad-path-id";
        }

        var clinic = category == "foreign-clinic" ? "other-clinic-" + random.Next(1000) : clinicId;
        var otherId = category == "bad-path-id" ? BadId() : () => "unknown-" + random.Next(1_000_000);
        var path = route.Fill(name => name == "clinicId" ? clinic : otherId());
        var body = hasBody ? ValidBodies[route.Function] : null;
        if (body is not null && category is "bad-path-id" or "bad-query")
        {
            // Routes addressed by the clinic alone (create offer, register clinic) must still be bad requests.
            body = Truncate(body);
        }

        body = category switch
        {
            "malformed-json" => Truncate(body!),
            "wrong-type" => MutateLeaf(body!, WrongType),
            "overflow-number" => MutateLeaf(body!, _ => JsonValue.Create(random.Next(2) == 0 ? "OVERFLOW" : "HUGE")),
            "negative-number" => MutateNumber(body!),
            "bad-id-in-body" => MutateId(body!),
            "missing-fields" => "{}",
            "huge-number" => MutateLeaf(body!, _ => JsonValue.Create("HUGE-NUMBER")).Replace("\"HUGE-NUMBER\"", HugeNumbers[random.Next(HugeNumbers.Length)]),
            "duplicate-key" => DuplicateFirstKey(body!),
            "combined-enum" => CombineEnums(body!),
            "control-char" => MutateLeaf(body!, _ => JsonValue.Create("bad" + (char)random.Next(0, 32) + "text")),
            "import-row-shape" => ImportRowShapes[random.Next(ImportRowShapes.Length)],
            // An escaped lone surrogate is valid JSON but not valid text; .NET refuses to read it as a string.
            "lone-surrogate" => MutateLeaf(body!, _ => JsonValue.Create("LONE-SURROGATE"))
                .Replace("\"LONE-SURROGATE\"", random.Next(2) == 0 ? "\"bad\\ud800text\"" : "\"\\udfff\""),
            "oversized-body" => "{\"name\":\"" + new string('x', random.Next(20) == 0 ? 3 * 1024 * 1024 : 100 * 1024) + "\"}",
            _ => body,
        };
        body = body?.Replace("\"OVERFLOW\"", "1e400").Replace("\"HUGE\"", "99999999999999999999999");
        if (category == "bad-percent")
        {
            path += new[] { "?reason=%FF%FE", "?reason=a%00b", "?continuationToken=%E2%82", "?pageSize=1&pageSize=2", "?reason=%C0%AF" }[random.Next(5)];
        }

        if (category == "bad-query")
        {
            path += random.Next(3) switch
            {
                0 => "?continuationToken=" + Uri.EscapeDataString(RandomText()),
                1 => "?pageSize=" + new[] { "-1", "0", "abc", "1e10", "999999999999" }[random.Next(5)],
                _ => "?status=" + new[] { "deleted", "1", "", "ACTIVE;DROP" }[random.Next(4)],
            };
        }

        var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.TryAddWithoutValidation("Authorization", category == "bad-auth" ? BadAuthorization() : $"Bearer {adminToken}");
        return (request, category);
    }

    /// <summary>Import requests whose rows have wrong shapes: each row must fail alone (200 with failed rows), nothing imported.</summary>
    private static readonly string[] ImportRowShapes =
    [
        """{"packages":[1,"x",null,[]]}""",
        """{"packages":[{"offerId":"unknown-offer","externalReference":"R1","clientId":"c1","purchasedOn":"2026-02-30","expiresOn":null,"sessionsUsed":1,"amountPaid":{"amountMinor":100,"currency":"CAD"}}]}""",
        """{"packages":[{"offerId":"unknown-offer","externalReference":"R1","clientId":"c1","purchasedOn":"2026-01-01","expiresOn":null,"sessionsUsed":"x","amountPaid":{"amountMinor":100,"currency":"CAD"}}]}""",
        """{"packages":[{"offerId":"unknown-offer","externalReference":"R1","externalReference":"R2","clientId":"c1","purchasedOn":"2026-01-01","expiresOn":null,"sessionsUsed":1,"amountPaid":{"currency":"ZZZ"}}]}""",
        """{"packages":[{"offerId":"unknown-offer","externalReference":"R1","clientId":"c1","purchasedOn":"2026-01-01","expiresOn":null,"sessionsUsed":1,"amountPaid":{"amountMinor":9007199254740993,"currency":"CAD"}}]}""",
        """{"packages":[{"offerId":"unknown-offer","externalReference":"\ud800","clientId":"c1","purchasedOn":"2026-01-01","expiresOn":null,"sessionsUsed":1,"amountPaid":{"amountMinor":100,"currency":"CAD"}}]}""",
    ];

    /// <summary>The body with its first key given twice (the first time with another value).</summary>
    private static string DuplicateFirstKey(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var first = root.First();
        return "{\"" + first.Key + "\":\"duplicate\"," + json[1..];
    }

    /// <summary>Enum values combined as flags ("cancelled,noShow"); bodies without an enum get a duplicated key instead.</summary>
    private static string CombineEnums(string json)
    {
        var combined = json.Replace("\"cancelled\"", "\"cancelled,noShow\"").Replace("\"forfeit\"", "\"forfeit,return\"").Replace("\"days\"", "\"days,weeks\"");
        return combined == json ? DuplicateFirstKey(json) : combined;
    }

    /// <summary>A strict prefix of a JSON object is never valid JSON.</summary>
    private string Truncate(string json) => json[..random.Next(1, json.Length - 1)];

    private Func<string> BadId() => () => random.Next(6) switch
    {
        0 => "💥-" + random.Next(100),
        1 => new string('a', 65 + random.Next(500)),
        2 => "..",
        3 => "-leading-dash",
        4 => "a b",
        _ => "ünïcödé",
    };

    private string BadAuthorization() => random.Next(5) switch
    {
        0 => "Bearer",
        1 => "Basic dXNlcjpwYXNz",
        2 => "Bearer " + RandomText(),
        3 => "Bearer a.b.c",
        _ => "Bearer " + new string('x', 20_000),
    };

    private JsonNode WrongType(JsonNode? leaf) => leaf?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.String => random.Next(2) == 0 ? JsonValue.Create(42) : new JsonArray(),
        System.Text.Json.JsonValueKind.Number => random.Next(2) == 0 ? JsonValue.Create("42") : new JsonObject(),
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => JsonValue.Create("yes"),
        _ => JsonValue.Create(7),
    };

    private string MutateLeaf(string json, Func<JsonNode?, JsonNode> replace)
    {
        var root = JsonNode.Parse(json)!;
        var leaves = Leaves(root).ToList();
        var (parent, key) = leaves[random.Next(leaves.Count)];
        Set(parent, key, replace(Get(parent, key)));
        return root.ToJsonString();
    }

    private string MutateNumber(string json)
    {
        var root = JsonNode.Parse(json)!;
        var numbers = Leaves(root).Where(l => Get(l.Parent, l.Key)?.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
        if (numbers.Count == 0)
        {
            return "[]";
        }

        var (parent, key) = numbers[random.Next(numbers.Count)];
        Set(parent, key, JsonValue.Create(-1 - random.Next(1000)));
        return root.ToJsonString();
    }

    private string MutateId(string json)
    {
        var root = JsonNode.Parse(json)!;
        var ids = Leaves(root).Where(l => l.Key is string k && (k.EndsWith("Id", StringComparison.Ordinal) || k is "serviceType" or "externalReference" or "timeZone" or "currency")).ToList();
        if (ids.Count == 0)
        {
            return "null";
        }

        var (parent, key) = ids[random.Next(ids.Count)];
        Set(parent, key, JsonValue.Create(BadId()()));
        return root.ToJsonString();
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Leaves(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is JsonObject or JsonArray ? Leaves(p.Value).Append((node, (object)p.Key)) : [(node, (object)p.Key)]),
        JsonArray a => a.SelectMany((v, i) => v is JsonObject or JsonArray ? Leaves(v!) : [(node, (object)i)]),
        _ => [],
    };

    private static JsonNode? Get(JsonNode parent, object key) => key is string s ? parent[s] : parent[(int)key];

    private static void Set(JsonNode parent, object key, JsonNode value)
    {
        if (key is string s)
        {
            parent[s] = value;
        }
        else
        {
            parent[(int)key] = value;
        }
    }

    private string RandomText()
    {
        var chars = new char[1 + random.Next(40)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(33, 0x2FFF);
        }

        return new string(chars);
    }
}
