using System.Text.RegularExpressions;

namespace Packages.Domain.Common;

/// <summary>
/// The one rule for caller-supplied identifiers (clinic, client, appointment, payment, service type):
/// 1–64 characters of letters, digits, '-', '_' or '.', starting with a letter or digit.
/// Keeps ids safe as Cosmos ids, partition keys and URL segments.
/// </summary>
public static partial class Identifiers
{
    public const int MaxLength = 64;

    /// <summary>The rule in words, for validation messages.</summary>
    public const string Rule = "Use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.";

    /// <summary>The rule as a regular expression, as the API contract states it.</summary>
    public const string RegularExpression = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

    /// <summary>A validation message naming what the identifier is: "Give the client's id. Use 1-64 letters, …".</summary>
    public static string Message(string what) => $"Give {what}. {Rule}";

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    /// <summary>
    /// The same rule, anchored with \z: in .NET '$' also matches before a final line break, so "bob\n" would pass
    /// as "bob" and alias an owner, an appointment or a route id. (The contract's '$' is ECMAScript's, which does not.)
    /// </summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
