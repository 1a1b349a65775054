namespace Packages.Domain.Common;

/// <summary>
/// The one rule for free text from callers (names, reasons): not blank, bounded, and no control characters
/// (NUL, BEL, line breaks, DEL, C1 controls), unpaired surrogates or non-characters, which end up stored,
/// logged and shown to other people.
/// </summary>
public static class Text
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;

    /// <summary>"Not blank" as the API contract states it: at least one character that is not white space.</summary>
    public const string NotBlankPattern = "\\S";

    /// <summary>
    /// Lengths count characters as people and JSON Schema's maxLength do (Unicode scalar values: an emoji is one),
    /// not UTF-16 code units.
    /// </summary>
    public static bool IsValid(string? text, int maxLength) =>
        !string.IsNullOrWhiteSpace(text) && IsClean(text) && text.EnumerateRunes().Count() <= maxLength;

    /// <summary>True when every character is printable text: no controls, lone surrogates or U+FFFE/U+FFFF.</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF' or '\u2028' or '\u2029')
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
