using Cronista.Extraction.Html;
using Cronista.Ingest;
using Cronista.Knowledge;

namespace Cronista.Extraction;

/// <summary>Turns a raw item into an article: body without chrome, headline, date, URL, publisher and wire agency.</summary>
/// <remarks>What the source declares wins over what is read from the text; thread-safe.</remarks>
public sealed class ArticleExtractor(Publishers publishers, NewsAgencies agencies)
{
    /// <summary>An extractor with the knowledge files compiled into Cronista.</summary>
    public static ArticleExtractor CreateDefault() => new(Publishers.Default, NewsAgencies.Default);

    /// <summary>The article a raw item holds.</summary>
    /// <exception cref="ExtractionException">Nothing is left of the text once header lines are taken off, or a web page
    /// holds no article.</exception>
    public Article Extract(RawItem item)
    {
        var hints = item.Hints;
        string body;
        string? title = hints.Title, url = hints.Url, chrome = null, siteName = null, byline = null, language = hints.Language;
        var published = hints.Published;
        if (item.Format == RawFormat.PlainText)
        {
            var parts = PlainTextLayout.Parse(item.Text);
            body = parts.Body;
            title ??= parts.Title;
            url ??= parts.Url;
            published ??= parts.Published;
            chrome = parts.Chrome;
        }
        else if (item.Format == RawFormat.Html)
        {
            var page = HtmlArticleExtractor.Default.Extract(item.Text, url);
            body = page.Text;
            title ??= page.Title;
            url ??= page.CanonicalUrl;
            published ??= page.Published;
            language ??= page.Language;
            siteName = page.SiteName;
            byline = page.Author;
        }
        else
        {
            body = item.Text;
        }
        if (string.IsNullOrWhiteSpace(body))
            throw new ExtractionException("no article text: the file holds only header lines (date, url) or a headline");

        var publisher = hints.Publisher
            ?? (url is null ? null : publishers.FindByHost(url)?.Name)
            ?? (chrome is null ? null : publishers.FindByTagline(chrome)?.Name)
            ?? (siteName is null ? null : publishers.FindByTagline(siteName)?.Name ?? siteName);
        var agency = hints.Agency is { } declared
            ? agencies.Find(declared)?.Canonical ?? declared
            : DatelineCredit.Find(body, agencies) ?? BylineCredit.Find(byline, agencies);
        // The time of day holds only with the date it came with.
        return new Article(item.Source, body, title, url, publisher, agency, published, language)
        {
            PublishedTime = published == hints.Published ? hints.PublishedTime : null,
        };
    }
}
