using System.Text;

namespace Cronista.Ingest;

/// <summary>Tells pages, feeds and sitemaps apart from their declared media type and their first bytes.</summary>
/// <remarks>Servers label feeds as text/xml, text/html or nothing at all, and files carry no type: where the type is
/// generic or missing the bytes decide, by the root element past any byte-order mark, XML declaration, comment or
/// doctype.</remarks>
public static class ContentSniffer
{
    // How much of the start is looked at; an XML prolog with long comments or a stylesheet fits comfortably.
    private const int HeadChars = 4096;

    /// <summary>The kind of a document.</summary>
    /// <param name="mediaType">The declared Content-Type (parameters allowed), or null when none was declared.</param>
    /// <param name="head">The first bytes of the document (a few KB are enough).</param>
    public static ContentKind Sniff(string? mediaType, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
            return ContentKind.Other;
        var type = MediaType(mediaType);
        return type switch
        {
            "text/html" or "application/xhtml+xml" => ContentKind.Html,
            "application/rss+xml" or "application/atom+xml" or "application/feed+json" => ContentKind.Feed,
            "application/json" or "text/json" => IsJsonFeed(Head(head)) ? ContentKind.Feed : ContentKind.Other,
            "text/xml" or "application/xml" or "application/rdf+xml" => ByRoot(Head(head), allowHtml: false),
            null or "" or "application/octet-stream" or "binary/octet-stream" or "text/plain" or "unknown/unknown" => ByRoot(Head(head), allowHtml: true),
            _ when type.EndsWith("+xml", StringComparison.Ordinal) => ByRoot(Head(head), allowHtml: false),
            _ => ContentKind.Other,
        };
    }

    /// <summary>The media type without parameters, lower case; null when none was given.</summary>
    internal static string? MediaType(string? contentType)
    {
        if (contentType is null)
            return null;
        var semicolon = contentType.IndexOf(';');
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    /// <summary>The start of the document as text: UTF-16 when a byte-order mark says so, else read byte for byte, which
    /// keeps every ASCII character of UTF-8 and legacy encodings in place.</summary>
    private static string Head(ReadOnlySpan<byte> bytes)
    {
        if (TextDecoding.DetectBom(bytes) is { } bom)
        {
            var body = bytes[bom.Length..];
            return bom.Encoding.GetString(body[..Math.Min(body.Length, HeadChars * 2)]);
        }
        return Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, HeadChars)]);
    }

    private static ContentKind ByRoot(string head, bool allowHtml)
    {
        var text = head.AsSpan();
        var at = SkipProlog(text);
        if (at >= text.Length)
            return ContentKind.Other;
        if (text[at] == '{')
            return IsJsonFeed(head) ? ContentKind.Feed : ContentKind.Other;
        if (text[at] != '<')
            return ContentKind.Other;
        var rest = text[(at + 1)..];
        if (rest.StartsWith("!doctype html", StringComparison.OrdinalIgnoreCase))
            return ContentKind.Html;
        var nameEnd = rest.IndexOfAny(" \t\r\n/>");
        var name = nameEnd < 0 ? rest : rest[..nameEnd];
        // A prefixed root (<atom:feed>, <rdf:RDF>) is known by its local name.
        var colon = name.IndexOf(':');
        var local = (colon < 0 ? name : name[(colon + 1)..]).ToString().ToLowerInvariant();
        return local switch
        {
            "rss" or "feed" or "rdf" => ContentKind.Feed,
            "urlset" or "sitemapindex" => ContentKind.Sitemap,
            "html" => ContentKind.Html,
            "head" or "body" when allowHtml => ContentKind.Html,
            _ => ContentKind.Other,
        };
    }

    /// <summary>Where the root element starts: past whitespace, the XML declaration, processing instructions, comments
    /// and an XML doctype (an HTML doctype is left for the caller to see).</summary>
    private static int SkipProlog(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
                at++;
            var rest = text[at..];
            int close;
            if (rest.StartsWith("<?"))
                close = End(rest, "?>");
            else if (rest.StartsWith("<!--"))
                close = End(rest, "-->");
            else if (rest.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
                close = End(rest, ">");
            else
                return at;
            if (close < 0)
                return text.Length;
            at += close;
        }
    }

    private static int End(ReadOnlySpan<char> text, string marker)
    {
        var found = text.IndexOf(marker, StringComparison.Ordinal);
        return found < 0 ? -1 : found + marker.Length;
    }

    /// <summary>A JSON Feed names its version as a jsonfeed.org URL near the start (JSON Feed 1.0 and 1.1).</summary>
    private static bool IsJsonFeed(string head)
    {
        // JSON may escape the slashes of the URL.
        head = head.Replace("\\/", "/", StringComparison.Ordinal);
        var start = SkipProlog(head);
        return start < head.Length && head[start] == '{'
            && head.Contains("\"version\"", StringComparison.Ordinal)
            && head.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase);
    }
}
