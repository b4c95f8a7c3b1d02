using Cronista.Ingest;
using Cronista.Ingest.Feeds;
using Cronista.Ingest.Sitemaps;

namespace Cronista.Web;

/// <summary>Turns a fetched feed or sitemap into the pages it lists, with what the list says about each.</summary>
internal static class PageLists
{
    /// <exception cref="FormatException">The bytes are not a feed or sitemap that can be read.</exception>
    public static PageList Parse(ContentKind kind, byte[] body, string? charset, Uri? baseUrl) => kind switch
    {
        ContentKind.Feed => FromFeed(FeedParser.Parse(body, charset, baseUrl), baseUrl),
        ContentKind.Sitemap => FromSitemap(SitemapParser.Parse(new MemoryStream(body, writable: false), baseUrl), baseUrl),
        _ => throw new FormatException("not a feed or sitemap"),
    };

    private static PageList FromFeed(Feed feed, Uri? baseUrl)
    {
        var pages = new List<LinkedPage>();
        foreach (var entry in feed.Entries)
        {
            if (Absolute(entry.Url, baseUrl) is not { } url)
                continue;
            var hints = new SourceHints(
                Title: entry.Title,
                Published: entry.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
                Language: entry.Language ?? feed.Language);
            pages.Add(new LinkedPage(url, hints, entry.ContentHtml ?? entry.Summary));
        }
        return new PageList(pages, []);
    }

    private static PageList FromSitemap(Sitemap sitemap, Uri? baseUrl)
    {
        var urls = sitemap.Entries.Select(e => (Entry: e, Url: Absolute(e.Url, baseUrl))).Where(e => e.Url is not null).ToList();
        if (sitemap.Kind == SitemapKind.Index)
            return new PageList([], [.. urls.Select(e => e.Url!)]);
        var pages = urls.Select(e => new LinkedPage(e.Url!, e.Entry.News is { } news
            ? new SourceHints(
                Title: news.Title,
                Published: news.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
                Language: news.Language)
            : SourceHints.None));
        return new PageList([.. pages], []);
    }

    /// <summary>Only http and https pages are fetched: a list pointing elsewhere (file:, ftp:) is not followed there.</summary>
    private static Uri? Absolute(string? url, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        // Resolved against the list's address first: on Unix "/news/1" would otherwise parse as an absolute file path.
        var parsed = baseUrl is not null
            ? Uri.TryCreate(baseUrl, url.Trim(), out var result)
            : Uri.TryCreate(url.Trim(), UriKind.Absolute, out result);
        if (!parsed || result is null)
            return null;
        return result.Scheme is "http" or "https" ? result : null;
    }
}
