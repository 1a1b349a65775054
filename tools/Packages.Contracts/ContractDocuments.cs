using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Packages.Functions.Http.Documentation;

namespace Packages.Contracts;

/// <summary>
/// The committed documents derived from code, as their full text: docs/openapi.json, and the generated
/// sections of docs/messages.md and docs/problems.md (between "&lt;!-- generated: name --&gt;" and
/// "&lt;!-- end generated --&gt;" lines; the prose around them is written by hand).
/// </summary>
public static class ContractDocuments
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Path relative to the repository root → the text it must hold.</summary>
    public static IReadOnlyDictionary<string, string> Generate(string repositoryRoot)
    {
        var messages = File.ReadAllText(Path.Combine(repositoryRoot, "docs", "messages.md"));
        messages = Replace(messages, "payment-message-schema", Json(MessageSchemas.PaymentMessage()));
        messages = Replace(messages, "package-event-schema", Json(MessageSchemas.PackageEvent()));
        var problems = File.ReadAllText(Path.Combine(repositoryRoot, "docs", "problems.md"));
        problems = Replace(problems, "problem-codes", ProblemTable(), fenced: false);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["docs/openapi.json"] = OpenApiDocumentBuilder.Build().ToJsonString(Indented) + "\n",
            ["docs/messages.md"] = messages,
            ["docs/problems.md"] = problems,
        };
    }

    private static string Json(JsonNode node) => node.ToJsonString(Indented);

    private static string ProblemTable()
    {
        var table = new StringBuilder("| code | status | meaning |\n|---|---|---|\n");
        foreach (var (code, status, meaning) in ProblemCatalog.All)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{code}` | {status} | {meaning} |\n");
        }

        return table.ToString().TrimEnd('\n');
    }

    private static string Replace(string text, string name, string content, bool fenced = true)
    {
        var begin = $"<!-- generated: {name} -->";
        const string end = "<!-- end generated -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = start < 0 ? -1 : text.IndexOf(end, start, StringComparison.Ordinal);
        if (stop < 0)
        {
            throw new InvalidOperationException($"The document has no '{begin}' … '{end}' section.");
        }

        var body = fenced ? $"```json\n{content}\n```" : content;
        return text[..(start + begin.Length)] + "\n" + body + "\n" + text[stop..];
    }
}
