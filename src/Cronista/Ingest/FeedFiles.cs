using System.IO.Compression;
using System.Net;
using AngleSharp.Html.Parser;
using Cronista.Ingest.Feeds;
using Cronista.Ingest.Sitemaps;

namespace Cronista.Ingest;

/// <summary>Reads a feed or sitemap file given to <c>cronista analyze</c>: a feed's entries become articles, a sitemap is
/// reported as a list of pages to fetch.</summary>
/// <remarks>Many feeds carry only a teaser per entry: those entries are reported, not analysed, since a summary is not
/// the article and would be stored as if it were.</remarks>
internal static class FeedFiles
{
    /// <summary>Entries with less text than this carry a summary, not an article (a news article runs to a few hundred words).</summary>
    public const int MinArticleChars = 150;

    // A sitemap may be 50 MB by its protocol; a feed is much smaller.
    private const long MinFileLimit = SitemapParser.MaxSitemapBytes;

    /// <summary>Every article and failure from a feed or sitemap file.</summary>
    public static IEnumerable<IngestItem> Read(SourceEntry entry, IngestOptions options)
    {
        var limit = Math.Max(options.MaxArticleBytes, MinFileLimit);
        byte[] bytes;
        int length;
        try
        {
            using var file = new FileStream(entry.Path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
            using var stream = entry.Path!.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
            bytes = ArticleSources.ReadAtMost(stream, limit + 1, out length);
        }
        catch (InvalidDataException)
        {
            return [new IngestFailure(entry.Source, "not a valid gzip file: it cannot be decompressed")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new IngestFailure(entry.Source, ArticleSources.Unopenable(e))];
        }
        var fileBytes = entry.Length ?? length;
        if (length > limit)
            return [new IngestFailure(entry.Source, $"larger than {ByteSizes.Format(limit)}: too large for a feed or sitemap", fileBytes)];
        if (length == 0)
            return [new IngestFailure(entry.Source, "empty file", 0)];
        var content = bytes.AsSpan(0, length);
        var kind = ContentSniffer.Sniff(null, content);
        // A file named as a feed is parsed as one even when it does not look like one, so the parser says what is wrong.
        if (kind == ContentKind.Other && (entry.Path!.EndsWith(".rss", StringComparison.OrdinalIgnoreCase) || entry.Path.EndsWith(".atom", StringComparison.OrdinalIgnoreCase)))
            kind = ContentKind.Feed;
        return kind switch
        {
            ContentKind.Feed => ReadFeed(entry.Source, content, fileBytes, options),
            ContentKind.Sitemap => [Sitemap(entry.Source, bytes, length, fileBytes)],
            ContentKind.Html => [new RawItem(entry.Source, HtmlDecoding.Decode(content, out var encoding), RawFormat.Html, SourceHints.None, encoding, fileBytes)],
            _ => [new IngestFailure(entry.Source, "neither a feed (RSS, Atom, JSON Feed) nor a sitemap, so it holds no articles to read", fileBytes)],
        };
    }

    private static List<IngestItem> ReadFeed(string source, ReadOnlySpan<byte> content, long fileBytes, IngestOptions options)
    {
        Feed feed;
        string encoding;
        try
        {
            feed = FeedParser.Parse(content, null, null, out encoding);
        }
        catch (FeedFormatException e)
        {
            return [new IngestFailure(source, e.Message, fileBytes)];
        }
        if (feed.Entries.Count == 0)
            return [new IngestFailure(source, "the feed has no entries", fileBytes)];
        var items = new List<IngestItem>(feed.Entries.Count);
        for (var i = 0; i < feed.Entries.Count; i++)
        {
            // The file's bytes are accounted to its first item, so progress adds up to the file size.
            var accounted = i == 0 ? fileBytes : 0;
            items.Add(Item($"{source}#{i + 1}", feed.Entries[i], encoding, accounted, options));
        }
        return items;
    }

    private static IngestItem Item(string source, FeedEntry entry, string encoding, long inputBytes, IngestOptions options)
    {
        var html = entry.ContentHtml ?? entry.Summary ?? "";
        var textLength = TextLength(html);
        if (textLength < MinArticleChars)
        {
            var fetch = entry.Url is { } url ? $"`cronista ingest {url}`" : "`cronista ingest URL`";
            return new IngestFailure(source, $"feed item has only a summary ({textLength} characters): fetch the page with {fetch}", inputBytes);
        }
        if (System.Text.Encoding.UTF8.GetByteCount(html) > options.MaxArticleBytes)
            return new IngestFailure(source,
                $"feed item is larger than the {ByteSizes.Format(options.MaxArticleBytes)} limit for one article; raise the limit (--max-size) if it really is one article",
                inputBytes);
        var hints = new SourceHints(
            Url: entry.Url,
            Published: entry.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
            Title: entry.Title,
            Language: Iso639(entry.Language));
        return new RawItem(source, Page(entry, html, hints.Language), RawFormat.Html, hints, encoding, inputBytes);
    }

    /// <summary>The entry as a small web page, so extraction finds its body and headline the way it does on any page.</summary>
    private static string Page(FeedEntry entry, string html, string? language)
    {
        var lang = language is null ? "" : $" lang=\"{language}\"";
        var title = entry.Title is null ? "" : $"<title>{WebUtility.HtmlEncode(entry.Title)}</title>";
        return $"<!DOCTYPE html><html{lang}><head><meta charset=\"utf-8\">{title}</head><body><article>{html}</article></body></html>";
    }

    /// <summary>How many characters of text the HTML holds, whitespace runs counted once.</summary>
    private static int TextLength(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return 0;
        var text = new HtmlParser().ParseDocument(html).Body?.TextContent ?? "";
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || !space)
                length++;
            space = isSpace;
        }
        return space && length > 0 ? length - 1 : length;
    }

    /// <summary>The ISO 639-1 code of a language tag ("it-IT" gives "it"); null for anything else.</summary>
    private static string? Iso639(string? tag)
    {
        if (tag is null)
            return null;
        var primary = tag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static IngestFailure Sitemap(string source, byte[] bytes, int length, long fileBytes)
    {
        try
        {
            var sitemap = SitemapParser.Parse(new MemoryStream(bytes, 0, length, writable: false), null);
            var count = sitemap.Entries.Count;
            var what = sitemap.Kind == SitemapKind.Index ? $"{count} sitemap{(count == 1 ? "" : "s")}" : $"{count} page{(count == 1 ? "" : "s")}";
            return new IngestFailure(source,
                $"a sitemap lists pages to fetch ({what}), it holds no articles: use `cronista ingest` to fetch them", fileBytes);
        }
        catch (SitemapFormatException e)
        {
            return new IngestFailure(source, e.Message, fileBytes);
        }
    }
}
