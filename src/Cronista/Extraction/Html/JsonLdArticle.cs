using System.Text.Json;
using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>The fields of a page's schema.org article in JSON-LD (NewsArticle, Article, BlogPosting, ReportageNewsArticle …).</summary>
internal sealed record JsonLdArticle(string? Headline, string? Author, string? Published, string? Modified, string? Publisher, string? Image)
{
    /// <summary>The first article object among the page's JSON-LD scripts (looking into arrays and @graph), or null.</summary>
    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement) is { } article)
                    return article;
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the meta tags still serve.
            }
        }
        return null;
    }

    private static JsonLdArticle? Find(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().Select(Find).FirstOrDefault(a => a is not null);
        if (element.ValueKind != JsonValueKind.Object)
            return null;
        if (element.TryGetProperty("@graph", out var graph) && Find(graph) is { } inGraph)
            return inGraph;
        if (!IsArticle(element))
            return null;
        return new JsonLdArticle(Text(element, "headline"), Name(element, "author"), Text(element, "datePublished"), Text(element, "dateModified"),
            Name(element, "publisher"), Url(element, "image"));
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "WebPage" && element.TryGetProperty("datePublished", out _));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A person's or organisation's name: a string, an object with "name", or the first of an array.</summary>
    private static string? Name(JsonElement element, string name) => StringOrField(element, name, "name");

    /// <summary>An image's address: a string, an object with "url", or the first of an array.</summary>
    private static string? Url(JsonElement element, string name) => StringOrField(element, name, "url");

    private static string? StringOrField(JsonElement element, string name, string field)
    {
        if (!element.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind == JsonValueKind.Array)
            value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Text(value, field),
            _ => null,
        };
    }
}
