namespace Cronista.Ingest.Sitemaps;

/// <summary>The bytes are not a sitemap that can be read: broken XML, another kind of document, or too large.</summary>
public sealed class SitemapFormatException : FormatException
{
    /// <summary>A sitemap that cannot be read, with the reason.</summary>
    public SitemapFormatException(string message)
        : base(message)
    {
    }

    /// <summary>A sitemap that cannot be read, with the reason and the parser's error.</summary>
    public SitemapFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
