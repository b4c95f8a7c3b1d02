using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Reads an article's metadata from a page, before any element is removed: meta tags (Open Graph, article:*,
/// Dublin Core, parsely, sailthru), JSON-LD, &lt;time&gt; elements and the URL.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] PublishedNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "created",
    ];

    /// <summary>A byline more than this many days from the metadata's date is more likely another date than a
    /// correction of it.</summary>
    private const int OverrideDays = 400;

    private static readonly string[] ModifiedNames = ["article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"];

    /// <summary>Everything but the text; <paramref name="url"/> is where the page was read from, when known.</summary>
    public static HtmlArticle Read(IDocument document, string? url)
    {
        var meta = Meta(document);
        var jsonLd = JsonLdArticle.Read(document);
        var published = Published(document, meta, jsonLd, url);
        var modified = PageDates.Parse(jsonLd?.Modified) ?? First(meta, ModifiedNames, PageDates.Parse);
        var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? meta.GetValueOrDefault("og:url") ?? url;
        return new HtmlArticle(
            Text: "",
            Title: Clean(meta.GetValueOrDefault("og:title") ?? jsonLd?.Headline ?? document.QuerySelector("h1")?.TextContent ?? document.Title),
            Author: Clean(jsonLd?.Author ?? meta.GetValueOrDefault("author") ?? meta.GetValueOrDefault("article:author") ?? document.QuerySelector("[rel=author]")?.TextContent),
            Published: published,
            Modified: modified,
            SiteName: Clean(meta.GetValueOrDefault("og:site_name") ?? jsonLd?.Publisher),
            Language: Language(document.DocumentElement.GetAttribute("lang") ?? meta.GetValueOrDefault("og:locale") ?? meta.GetValueOrDefault("language")),
            CanonicalUrl: canonical,
            ImageUrl: meta.GetValueOrDefault("og:image") ?? jsonLd?.Image);
    }

    /// <summary>Meta tags by lower-cased name or property (the first of each wins); itemprop values too.</summary>
    private static Dictionary<string, string> Meta(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var value = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(value))
                values.TryAdd(key.Trim(), value.Trim());
        }
        return values;
    }

    private static T? First<T>(Dictionary<string, string> meta, string[] names, Func<string, T?> parse) where T : struct
    {
        foreach (var name in names)
        {
            if (meta.TryGetValue(name, out var value) && parse(value) is { } parsed)
                return parsed;
        }
        return null;
    }

    /// <summary>The publication date, from the most reliable source that has one: the article's JSON-LD, its meta tags,
    /// elements marked as the publication date, the date shown under the headline, the URL.</summary>
    /// <remarks>Machine-readable dates come first: they name the publication itself, where the visible text may show a
    /// later edition ("Stand", an unlabelled modification date) or today's date in the site header.</remarks>
    private static DateOnly? Published(IDocument document, Dictionary<string, string> meta, JsonLdArticle? jsonLd, string? url)
    {
        var machine = PageDates.Parse(jsonLd?.Published)
            ?? PageDates.Parse(JsonLdDates.Published(document))
            ?? First(meta, PublishedNames, PageDates.Parse)
            ?? MarkedElement(document);
        var shown = VisibleDates.Find(document, meta.GetValueOrDefault("og:title") ?? jsonLd?.Headline ?? document.Title);
        // The date the page shows under its headline wins over metadata that names a day the page does not show: the
        // metadata may be a moment in UTC ("04 May 2022 00:25 GMT" for a page dated 3 May) or a first draft, and the
        // reader, like an annotator, goes by the byline.
        if (machine is { } stated && shown is { As: not VisibleDates.ShownAs.Dateline } byline && !byline.Near.Contains(stated)
            && Math.Abs(byline.Date.DayNumber - stated.DayNumber) <= OverrideDays)
            return byline.Date;
        return machine
            ?? shown?.Date
            ?? PageDates.FromUrl(url)
            ?? PageDates.FromUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? meta.GetValueOrDefault("og:url"));
    }

    /// <summary>The date of the first element marked as the publication date (itemprop datePublished, &lt;time pubdate&gt;).</summary>
    private static DateOnly? MarkedElement(IDocument document)
    {
        var marked = document.QuerySelector("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished]");
        return PageDates.Parse(marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content"));
    }

    private static string? Language(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code.Length == 2 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
