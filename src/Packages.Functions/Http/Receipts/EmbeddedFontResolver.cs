using PdfSharp.Fonts;

namespace Packages.Functions.Http.Receipts;

/// <summary>
/// Gives PDFsharp the one font receipts use, from the app's own resources: the host may have no fonts at all
/// (https://docs.pdfsharp.net/PDFsharp/Topics/Fonts/Font-Resolving.html). DejaVu Sans (Bitstream Vera licence,
/// Fonts/DejaVu-LICENSE.txt) covers accented names and currency signs.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Face = "DejaVuSans";
    private static readonly Lazy<byte[]> Bytes = new(Load);
    private static readonly object Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp allows one).</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Face, mustSimulateBold: bold, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName == Face ? Bytes.Value : null;

    private static byte[] Load()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream("Packages.Receipts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The receipt font is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
