namespace Cronista.Ingest.Sitemaps;

/// <summary>Whether a sitemap lists pages or other sitemaps.</summary>
public enum SitemapKind
{
    /// <summary>A sitemap index (&lt;sitemapindex&gt;): its entries are sitemaps to read in turn.</summary>
    Index,

    /// <summary>A URL set (&lt;urlset&gt;): its entries are pages.</summary>
    UrlSet,
}

/// <summary>A sitemap as read (sitemaps.org protocol 0.9, with Google News entries).</summary>
/// <param name="Kind">An index of sitemaps or a set of pages.</param>
/// <param name="Entries">The entries, in the order the sitemap lists them.</param>
public sealed record Sitemap(SitemapKind Kind, IReadOnlyList<SitemapEntry> Entries);

/// <summary>One page (or, in an index, one sitemap) a sitemap lists.</summary>
/// <param name="Url">The absolute URL (&lt;loc&gt;).</param>
/// <param name="LastModified">When it last changed (&lt;lastmod&gt;), when given.</param>
/// <param name="News">What a Google News sitemap says about the article, when it does.</param>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified, SitemapNews? News);

/// <summary>The &lt;news:news&gt; block of a news sitemap entry: who published the article, in which language, when.</summary>
/// <param name="PublicationName">The outlet's name (&lt;news:publication&gt;&lt;news:name&gt;).</param>
/// <param name="Language">The article's language as written (&lt;news:language&gt;, ISO 639).</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">The publication moment (&lt;news:publication_date&gt;).</param>
public sealed record SitemapNews(string? PublicationName, string? Language, string? Title, DateTimeOffset? Published);
