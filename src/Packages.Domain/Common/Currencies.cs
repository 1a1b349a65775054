using System.Collections.Frozen;
using System.Xml.Linq;

namespace Packages.Domain.Common;

/// <summary>
/// The currencies money may be in: ISO 4217 List One (Common/Iso4217/list-one.xml, as published by the
/// ISO 4217 maintenance agency; tools/iso4217/update.sh refreshes it), less the entries a clinic cannot
/// be paid in: funds (e.g. USN, CLF), and codes without minor units (precious metals, XDR, XTS, XXX).
/// An amount's minor unit is the one ISO gives: 2 decimals for CAD (cents), 0 for JPY (yen), 3 for BHD.
/// </summary>
public static class Currencies
{
    private static readonly Lazy<FrozenDictionary<string, int>> MinorUnitsByCode = new(Load);

    /// <summary>When the embedded list was published by ISO (its Pblshd attribute).</summary>
    public static string ListPublished { get; private set; } = "";

    public static bool IsKnown(string? code) => code is { Length: 3 } && MinorUnitsByCode.Value.ContainsKey(code);

    /// <summary>How many decimals the currency's minor unit has (CAD 2, JPY 0, BHD 3).</summary>
    public static int MinorUnits(string code) =>
        MinorUnitsByCode.Value.TryGetValue(code, out var digits)
            ? digits
            : throw new ArgumentException($"'{code}' is not an accepted ISO 4217 currency code.", nameof(code));

    public static IReadOnlyCollection<string> Codes => MinorUnitsByCode.Value.Keys;

    private static FrozenDictionary<string, int> Load()
    {
        using var stream = typeof(Currencies).Assembly.GetManifestResourceStream("Packages.Domain.Iso4217.list-one.xml")
            ?? throw new InvalidOperationException("The ISO 4217 list is not embedded in Packages.Domain.");
        var document = XDocument.Load(stream);
        ListPublished = document.Root?.Attribute("Pblshd")?.Value ?? "";
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in document.Descendants("CcyNtry"))
        {
            var code = entry.Element("Ccy")?.Value;
            var isFund = entry.Element("CcyNm")?.Attribute("IsFund")?.Value == "true";
            if (code is { Length: 3 } && !isFund && int.TryParse(entry.Element("CcyMnrUnts")?.Value, out var digits))
            {
                byCode[code] = digits;
            }
        }

        return byCode.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
