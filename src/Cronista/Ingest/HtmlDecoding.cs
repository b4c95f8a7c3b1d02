using System.Text;
using System.Text.RegularExpressions;

namespace Cronista.Ingest;

/// <summary>Decodes a web page's or feed's bytes into text, trusting each charset declaration only as far as the bytes
/// bear it out.</summary>
/// <remarks>Order: a byte-order mark; the charset the transport declares (HTTP or WARC Content-Type); the one the markup
/// declares (meta tag, XML declaration) in the first 4 KB; then detection (strict UTF-8, else a legacy Western
/// encoding). Servers and CMSs often declare a charset the bytes are not in: a declaration that the bytes plainly
/// contradict is passed over, so a UTF-8 page labelled ISO-8859-1 does not come out as mojibake.</remarks>
public static partial class HtmlDecoding
{
    // The HTML standard looks for the charset declaration in the first 1024 bytes; pages often put it later.
    private const int PrescanBytes = 4096;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]*?\sencoding\s*=\s*[""']([A-Za-z0-9_.:-]+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclarationEncoding();

    /// <summary>The page's text and the name of the encoding it was read in, with no charset declared by the transport.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encoding) => Decode(bytes, null, out encoding);

    /// <summary>The page's text and the name of the encoding it was read in.</summary>
    /// <param name="bytes">The page or feed as it came.</param>
    /// <param name="declaredCharset">The charset the transport declared (from an HTTP or WARC Content-Type), or null.</param>
    /// <param name="encoding">The WHATWG-style name of the encoding used ("utf-8", "windows-1252" …).</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, out string encoding)
    {
        if (TextDecoding.DetectBom(bytes) is { } bom)
        {
            encoding = bom.Encoding.WebName;
            return bom.Encoding.GetString(bytes[bom.Length..]);
        }
        if (Usable(Resolve(declaredCharset), bytes) is { } declared)
            return DecodeAs(declared, bytes, out encoding);
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var inMarkup = MetaCharset().Match(head) is { Success: true } meta ? meta.Groups[1].Value
            : XmlDeclarationEncoding().Match(head) is { Success: true } xml ? xml.Groups[1].Value
            : null;
        // A meta tag cannot really declare UTF-16: the tag itself was readable as ASCII (HTML standard, "prescan").
        var marked = Resolve(inMarkup) is { } fromMarkup && IsWide(fromMarkup) ? Encoding.UTF8 : Resolve(inMarkup);
        if (Usable(marked, bytes) is { } markup)
            return DecodeAs(markup, bytes, out encoding);
        return TextDecoding.DecodeWithoutBom(bytes, out encoding);
    }

    /// <summary>The charset parameter of a Content-Type value ("text/html; charset=UTF-8" gives "UTF-8"), or null.</summary>
    public static string? Charset(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return null;
        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals < 0 || !parameter.AsSpan(0, equals).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                continue;
            var value = parameter[(equals + 1)..].Trim().Trim('"', '\'').Trim();
            return value.Length == 0 ? null : value;
        }
        return null;
    }

    private static string DecodeAs(Encoding chosen, ReadOnlySpan<byte> bytes, out string encoding)
    {
        encoding = chosen.WebName;
        return chosen.GetString(bytes);
    }

    /// <summary>The declared encoding unless the bytes contradict it; null when there is none or it does not fit.</summary>
    private static Encoding? Usable(Encoding? declared, ReadOnlySpan<byte> bytes)
    {
        if (declared is null)
            return null;
        if (declared.CodePage == Encoding.UTF8.CodePage)
            return MostlyUtf8(bytes) ? declared : null;
        if (IsWide(declared))
            // UTF-16 or UTF-32 text without a byte-order mark still has NUL bytes in any Latin-script page.
            return bytes[..Math.Min(bytes.Length, PrescanBytes)].Contains((byte)0) ? declared : null;
        // A page labelled with a legacy charset whose bytes are valid UTF-8, non-ASCII included, was re-encoded on
        // the way: real legacy text almost never forms valid UTF-8 sequences.
        return IsUtf8(bytes) && bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) ? Encoding.UTF8 : declared;
    }

    private static bool IsWide(Encoding encoding) => encoding is UnicodeEncoding or UTF32Encoding;

    private static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var label = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // Browsers read "iso-8859-1" and "ascii" as windows-1252, which is a superset (WHATWG Encoding standard).
        label = label switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
            "utf8" => "utf-8",
            _ => label,
        };
        try
        {
            // The code-pages provider is asked directly, so nothing process-wide is registered.
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>True when the bytes are UTF-8 but for a few stray bytes: more valid multi-byte characters than invalid
    /// sequences.</summary>
    /// <remarks>Pages declared UTF-8 often carry a few bytes pasted in from a legacy encoding; a browser shows those as
    /// replacement characters and the rest as written, whereas reading the whole page as windows-1252 would garble every
    /// accented letter. Text really written in a legacy encoding almost never forms a valid multi-byte sequence.</remarks>
    internal static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        if (IsUtf8(bytes))
            return true;
        int valid = 0, invalid = 0;
        while (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var next and >= 0)
        {
            bytes = bytes[next..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
                valid++;
            else
                invalid++;
            bytes = bytes[Math.Max(1, consumed)..];
        }
        return valid > invalid;
    }
}
