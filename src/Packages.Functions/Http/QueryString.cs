using System.Text;
using Microsoft.AspNetCore.Http;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>
/// Reads the query parameters of list and delete endpoints, as values or validation errors. The raw query
/// is checked once before every function (<see cref="Check"/>): it must percent-decode to valid UTF-8
/// text without control characters, with each parameter given once, the same rule as for body text.
/// </summary>
public static class QueryString
{
    public const int MaxLength = 4096;

    public static string? Text(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count == 1 ? values.ToString() : null;

    public static Result<int?> Int(HttpRequest request, string name) =>
        Text(request, name) is not { } text ? Result<int?>.Success(null)
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? Result<int?>.Success(value)
            : DomainError.Validation(name, "Give a whole number.");

    /// <summary>Exactly one documented value (camelCase), never a combination, another casing or a number.</summary>
    public static Result<TEnum?> Enum<TEnum>(HttpRequest request, string name)
        where TEnum : struct, System.Enum =>
        Text(request, name) is not { } text ? Result<TEnum?>.Success(null)
        : StrictEnumConverter.TryParse<TEnum>(text, out var value)
            ? Result<TEnum?>.Success(value)
            : DomainError.Validation(name, $"Use one of: {string.Join(", ", StrictEnumConverter.Names<TEnum>())}.");

    /// <summary>Null when the raw query is acceptable; otherwise the validation error naming the parameter.</summary>
    public static DomainError? Check(HttpRequest request)
    {
        var raw = request.QueryString.Value;
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (raw.Length > MaxLength)
        {
            return DomainError.Validation("query", $"The query string must be at most {MaxLength} characters.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in raw.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            var value = Decode(separator < 0 ? "" : pair[(separator + 1)..]);
            if (name is null || value is null)
            {
                return DomainError.Validation(name ?? "query", "Percent-encode the query as UTF-8 text without control characters.");
            }

            if (!seen.Add(name))
            {
                return DomainError.Validation(name, "Give this parameter once.");
            }
        }

        return null;
    }

    /// <summary>Strict form decoding ('+' is a space): null for malformed escapes, invalid UTF-8 or control characters.</summary>
    private static string? Decode(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length || !Uri.IsHexDigit(encoded[i + 1]) || !Uri.IsHexDigit(encoded[i + 2]))
                {
                    return null;
                }

                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c > 0x7F)
            {
                return null;
            }
            else
            {
                bytes.Add(c == '+' ? (byte)' ' : (byte)c);
            }
        }

        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. bytes]);
            return Domain.Common.Text.IsClean(text) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
