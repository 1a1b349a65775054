using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// docs/openapi.json as a checker of real responses: the operation a request matched, the status it got and the
/// body it carried must be in the contract, and the body must validate against the schema the contract gives
/// for that status and media type (JSON Schema 2020-12, formats asserted).
/// </summary>
public sealed class OpenApiContract
{
    private static readonly Uri Base = new("https://packages.test/openapi.json");
    // OpenAPI 3.1's dialect is 2020-12 plus "x-" extension keywords, which carry no validation.
    private readonly BuildOptions _build = new()
    {
        SchemaRegistry = new SchemaRegistry(),
        Dialect = Dialect.Draft202012.With([], allowUnknownKeywords: true),
    };
    private readonly List<(string Method, Regex Path, string Pointer, JsonElement Responses)> _operations = [];
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private OpenApiContract(JsonDocument document)
    {
        _build.SchemaRegistry.Register(new JsonElementBaseDocument(document.RootElement, Base));
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var pattern = new Regex("^" + Regex.Replace(Regex.Escape(path.Name), @"\\\{[A-Za-z]+}", "[^/]+") + "$");
            foreach (var operation in path.Value.EnumerateObject())
            {
                _operations.Add((operation.Name.ToUpperInvariant(), pattern, $"/paths/{Escape(path.Name)}/{operation.Name}/responses", operation.Value.GetProperty("responses")));
            }
        }
    }

    public static OpenApiContract Committed { get; } =
        new(JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "openapi.json"))));

    /// <summary>Null when the response is what the contract says; otherwise what differs.</summary>
    public string? Check(string method, string path, int status, string? mediaType, string body)
    {
        var operation = _operations.FirstOrDefault(o => o.Method == method && o.Path.IsMatch(path));
        if (status is 414 or 431 || (operation.Responses.ValueKind == JsonValueKind.Undefined && status is 400 or 404 or 405))
        {
            return null; // the host's own answers before any function: unmatched routes and methods, request limits (docs/problems.md)
        }

        if (operation.Responses.ValueKind == JsonValueKind.Undefined)
        {
            return $"{method} {path} answered {status}, but the contract has no such operation";
        }

        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var key = operation.Responses.TryGetProperty(code, out _) ? code : operation.Responses.TryGetProperty("default", out _) && status >= 500 ? "default" : null;
        if (key is null)
        {
            return $"{method} {path} answered {status}, which the contract does not list for this operation";
        }

        if (!operation.Responses.GetProperty(key).TryGetProperty("content", out var content) || mediaType is null || !content.TryGetProperty(mediaType, out _))
        {
            return $"{method} {path} answered {status} as '{mediaType}', which the contract does not give for it";
        }

        if (mediaType == "application/pdf")
        {
            return body.StartsWith("%PDF-", StringComparison.Ordinal) ? null : $"{method} {path} {status}: the body is not a PDF";
        }

        if (mediaType == "text/csv")
        {
            // RFC 4180 as written here: a header row, every record ending in CRLF.
            return body.Length > 0 && body.EndsWith("\r\n", StringComparison.Ordinal) && !body.StartsWith('{') ? null : $"{method} {path} {status}: the body is not CSV";
        }

        var pointer = $"{operation.Pointer}/{key}/content/{Escape(mediaType)}/schema";
        var schema = _schemas.GetOrAdd(pointer, p => JsonSchema.FromText($$"""{"$ref": "{{Base}}#{{UriFragment(p)}}"}""", _build));
        using var json = JsonDocument.Parse(body);
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid ? null
            : $"{method} {path} {status}: the body does not match {pointer}: " +
              string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)) +
              $" — body: {(body.Length > 400 ? body[..400] + "…" : body)}";
    }

    private static string UriFragment(string pointer) =>
        pointer.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal).Replace("+", "%2B", StringComparison.Ordinal);

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
