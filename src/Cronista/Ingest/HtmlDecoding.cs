using System.Text;
using System.Text.RegularExpressions;

namespace Cronista.Ingest;

/// <summary>Decodes a web page's bytes: a byte-order mark first, then the charset its meta tags declare (when the bytes
/// bear it out), then strict UTF-8, then a legacy Western encoding.</summary>
internal static partial class HtmlDecoding
{
    // The HTML standard looks for the charset declaration in the first 1024 bytes; pages often put it later.
    private const int PrescanBytes = 4096;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <summary>The page's text and the name of the encoding it was read in.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encoding)
    {
        if (TextDecoding.DetectBom(bytes) is { } bom)
        {
            encoding = bom.Encoding.WebName;
            return bom.Encoding.GetString(bytes[bom.Length..]);
        }
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        if (MetaCharset().Match(head) is { Success: true } match && Declared(match.Groups[1].Value) is { } declared)
        {
            // A page that declares a legacy charset but is valid UTF-8 was re-encoded on the way: the bytes win.
            if (declared.CodePage != Encoding.UTF8.CodePage && IsUtf8(bytes))
            {
                encoding = "utf-8";
                return Encoding.UTF8.GetString(bytes);
            }
            encoding = declared.WebName;
            return declared.GetString(bytes);
        }
        return TextDecoding.DecodeWithoutBom(bytes, out encoding);
    }

    private static Encoding? Declared(string name)
    {
        try
        {
            // Browsers read "iso-8859-1" and "ascii" as windows-1252, which is a superset.
            var legacy = name.ToLowerInvariant() is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" ? "windows-1252" : name;
            return CodePagesEncodingProvider.Instance.GetEncoding(legacy) ?? Encoding.GetEncoding(legacy);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
