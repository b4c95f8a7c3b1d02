namespace Cronista.Ingest;

/// <summary>What a fetched or archived document is, as far as reading articles goes.</summary>
public enum ContentKind
{
    /// <summary>Anything that is neither a page nor a feed nor a sitemap: images, scripts, compressed data, unknown bytes.</summary>
    Other,

    /// <summary>A web page (HTML or XHTML), from which one article may be extracted.</summary>
    Html,

    /// <summary>A news feed: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom or JSON Feed.</summary>
    Feed,

    /// <summary>A sitemap or sitemap index (sitemaps.org), which lists pages to fetch.</summary>
    Sitemap,
}
