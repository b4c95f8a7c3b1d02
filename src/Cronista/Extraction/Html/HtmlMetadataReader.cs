using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Reads an article's metadata from a page, before any element is removed: meta tags (Open Graph, article:*,
/// Dublin Core, parsely, sailthru), JSON-LD, &lt;time&gt; elements and the URL.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] ModifiedNames = ["article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"];

    /// <summary>Everything but the text; <paramref name="url"/> is where the page was read from, when known.</summary>
    public static HtmlArticle Read(IDocument document, string? url)
    {
        var meta = Meta(document);
        var jsonLd = JsonLdArticle.Read(document);
        var published = PublicationDate.Read(document, meta, jsonLd, url);
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
