using System.Text.Json;

namespace Cronista.Ingest.Feeds;

/// <summary>Reads JSON Feed 1.0 and 1.1 (jsonfeed.org), which FeedReader does not read.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The feed the JSON text holds.</summary>
    /// <exception cref="FeedFormatException">The text is not JSON, or not a JSON Feed.</exception>
    public static Feed Read(string json, Uri? feedUrl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new FeedFormatException($"not a valid JSON Feed: the JSON is broken{where}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version") is not { } version
                || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
                throw new FeedFormatException("not a JSON Feed: it has no \"version\": \"https://jsonfeed.org/version/1.1\" member");
            var baseUri = feedUrl ?? WebLinks.Rebase(WebLinks.Rebase(null, String(root, "home_page_url")), String(root, "feed_url"));
            var language = String(root, "language");
            var feedAuthor = Author(root);
            var entries = new List<FeedEntry>();
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    var text = String(item, "content_text");
                    entries.Add(new FeedEntry(
                        WebLinks.Absolute(String(item, "url") ?? String(item, "external_url"), baseUri),
                        String(item, "title"),
                        Author(item) ?? feedAuthor,
                        FeedDates.Parse(String(item, "date_published")) ?? FeedDates.Parse(String(item, "date_modified")),
                        String(item, "language") ?? language,
                        String(item, "summary"),
                        String(item, "content_html") ?? (text is null ? null : PlainTextHtml.From(text))));
                }
            }
            return new Feed(String(root, "title"), language, entries);
        }
    }

    /// <summary>The first author's name: JSON Feed 1.1 "authors", else 1.0 "author".</summary>
    private static string? Author(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var author in authors.EnumerateArray())
                if (author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name)
                    return name;
        }
        return element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object ? String(single, "name") : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
