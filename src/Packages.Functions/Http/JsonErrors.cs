using System.Text.Json;
using System.Text.RegularExpressions;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>Turns the serializer's refusals into validation errors that name the field and say what is wrong.</summary>
public static partial class JsonErrors
{
    public static DomainError ToValidationError(JsonException e)
    {
        var at = FieldOf(e.Path);
        var missing = MissingProperties().Match(e.Message);
        if (missing.Success)
        {
            var prefix = at == "body" ? "" : at + ".";
            return DomainError.Validation(missing.Groups["names"].Value
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(name => prefix + name.Trim('\''), _ => new[] { "This field is required (null where the contract allows it)." }, StringComparer.Ordinal));
        }

        var message = e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase)
            ? "This key appears more than once; send each field once."
            : e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "This field is not part of the contract."
                : e.Message.StartsWith("Use one of:", StringComparison.Ordinal)
                    ? e.Message
                    : "This is not valid JSON of the expected shape and types.";
        return DomainError.Validation(at, message);
    }

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    [GeneratedRegex("missing required properties including: (?<names>.+?)\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingProperties();
}
