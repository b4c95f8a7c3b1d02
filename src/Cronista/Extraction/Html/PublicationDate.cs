using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Decides a page's publication date from everything it says about it: the article's JSON-LD, its meta tags,
/// elements marked as the publication date, the date shown around the headline, and the URL.</summary>
/// <remarks>
/// Machine-readable dates come first: they name the publication itself, where the visible text may show a later edition
/// ("Stand:", an unlabelled modification date) or the site's "today". But when the byline under the headline shows a day
/// that the metadata does not name and the page nowhere near its headline shows the metadata's day, the byline wins: the
/// metadata is then a moment in another time zone ("04 May 2022 00:25 GMT" on a page dated 3 May) or a first draft,
/// and readers, like annotators, go by the byline.
/// </remarks>
internal static class PublicationDate
{
    /// <summary>Meta tag names (name, property or itemprop) that hold the publication date, most specific first.</summary>
    private static readonly string[] MetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "created",
    ];

    /// <summary>A byline more than this many days from the metadata's date is more likely another date (an anniversary,
    /// a republication's original) than a correction of it.</summary>
    private const int OverrideDays = 400;

    /// <summary>The publication date, or null when the page gives none.</summary>
    /// <param name="document">The whole page, before any element is removed.</param>
    /// <param name="meta">Its meta tags by lower-cased name.</param>
    /// <param name="jsonLd">Its JSON-LD article, when it has one.</param>
    /// <param name="url">Where the page was read from, when known.</param>
    public static DateOnly? Read(IDocument document, IReadOnlyDictionary<string, string> meta, JsonLdArticle? jsonLd, string? url)
    {
        var stated = PageDates.Parse(jsonLd?.Published)
            ?? PageDates.Parse(JsonLdDates.Published(document))
            ?? MetaDate(meta)
            ?? MarkedElement(document);
        var shown = VisibleDates.Find(document, meta.GetValueOrDefault("og:title") ?? jsonLd?.Headline ?? document.Title);
        if (stated is { } day && shown is { As: not VisibleDates.ShownAs.Dateline } byline && !byline.Near.Contains(day)
            && Math.Abs(byline.Date.DayNumber - day.DayNumber) <= OverrideDays)
            return byline.Date;
        return stated
            ?? shown?.Date
            ?? PageDates.FromUrl(url)
            ?? PageDates.FromUrl(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? meta.GetValueOrDefault("og:url"));
    }

    private static DateOnly? MetaDate(IReadOnlyDictionary<string, string> meta)
    {
        foreach (var name in MetaNames)
        {
            if (meta.TryGetValue(name, out var value) && PageDates.Parse(value) is { } date)
                return date;
        }
        return null;
    }

    /// <summary>The date of the first element marked as the publication date (itemprop datePublished, &lt;time pubdate&gt;).</summary>
    private static DateOnly? MarkedElement(IDocument document)
    {
        var marked = document.QuerySelector("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished]");
        return PageDates.Parse(marked?.GetAttribute("datetime") ?? marked?.GetAttribute("content"));
    }
}
