namespace Packages.Infrastructure.Cosmos.Mapping;

/// <summary>Whole numbers in base 36 (0-9, a-z; a leading '-' when negative): compact and still plain text.</summary>
public static class Base36
{
    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Format(long value)
    {
        var magnitude = value < 0 ? (ulong)-(value + 1) + 1 : (ulong)value;
        Span<char> buffer = stackalloc char[14];
        var start = buffer.Length;
        do
        {
            buffer[--start] = Digits[(int)(magnitude % 36)];
            magnitude /= 36;
        }
        while (magnitude > 0);

        if (value < 0)
        {
            buffer[--start] = '-';
        }

        return new string(buffer[start..]);
    }

    public static long Parse(string text)
    {
        var negative = text.StartsWith('-');
        var digits = negative ? text.AsSpan(1) : text.AsSpan();
        if (digits.IsEmpty)
        {
            throw new FormatException($"'{text}' is not a base-36 number.");
        }

        ulong magnitude = 0;
        foreach (var c in digits)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                throw new FormatException($"'{text}' is not a base-36 number.");
            }

            magnitude = checked((magnitude * 36) + (ulong)digit);
        }

        return negative ? checked(-(long)(magnitude - 1) - 1) : checked((long)magnitude);
    }
}
