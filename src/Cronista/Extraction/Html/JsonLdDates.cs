using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Finds an article's datePublished in JSON-LD where <see cref="JsonLdArticle"/> does not: an article nested
/// in another object ("mainEntity" of a WebPage), a "type" written without its "@", or a script that is not valid JSON.</summary>
internal static partial class JsonLdDates
{
    [GeneratedRegex(@"""datePublished""\s*:\s*""([^""]{6,40})""", RegexOptions.CultureInvariant)]
    private static partial Regex DatePublished();

    /// <summary>The first datePublished of an article-like object, breadth first; null when there is none.</summary>
    public static string? Published(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var text = script.TextContent;
            try
            {
                using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Find(json.RootElement) is { } found)
                    return found;
            }
            catch (JsonException)
            {
                // A broken script (an unquoted author, a stray comma) still names its date.
                if (DatePublished().Match(text) is { Success: true } match)
                    return match.Groups[1].Value;
            }
        }
        return null;
    }

    private static string? Find(JsonElement root)
    {
        var queue = new Queue<JsonElement>([root]);
        while (queue.Count > 0)
        {
            var element = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                    queue.Enqueue(item);
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object)
                continue;
            if (IsArticle(element) && element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String)
                return date.GetString();
            foreach (var property in element.EnumerateObject())
            {
                // Comments and lists of other articles carry their own dates.
                if (property.Name is not ("comment" or "itemListElement" or "hasPart" or "relatedLink" or "review"))
                    queue.Enqueue(property.Value);
            }
        }
        return null;
    }

    private static bool IsArticle(JsonElement element)
    {
        var type = element.TryGetProperty("@type", out var at) ? at : element.TryGetProperty("type", out var plain) ? plain : default;
        var types = type.ValueKind switch
        {
            JsonValueKind.Array => type.EnumerateArray().Select(t => t.ToString()),
            JsonValueKind.String => [type.GetString()!],
            _ => [],
        };
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report" or "WebPage" or "LiveBlogPosting");
    }
}
