namespace Cronista.Ingest.Feeds;

/// <summary>Turns plain text that a feed carries (Atom type="text", JSON Feed content_text) into HTML paragraphs, so
/// every entry reaches extraction in one format.</summary>
internal static class PlainTextHtml
{
    /// <summary>The text escaped, one paragraph per blank-line-separated block.</summary>
    public static string From(string text)
    {
        var paragraphs = text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + Escape(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>");
        return string.Join("\n", paragraphs);
    }

    // Only the characters markup gives meaning to: WebUtility.HtmlEncode would also turn every accented letter into an entity.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
