using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Finds the element that holds the article's headline, where a reader looks for its byline and date.</summary>
internal static class PageHeadline
{
    /// <summary>Headings shorter than this are logos or section names ("News"), not headlines.</summary>
    private const int MinimumLength = 10;

    /// <summary>The h1 (else h2, h3) whose text the page title repeats, else the first h1 with text, else null.</summary>
    /// <remarks>Many sites put their logo or section in the first h1 ("Bundesamt für Naturschutz", "News"); the title
    /// ("&lt;headline&gt; | Site") names the real one.</remarks>
    public static IElement? Find(IDocument document, string? title)
    {
        var wanted = Normal(title);
        IElement? firstH1 = null;
        foreach (var selector in (string[])["h1", "h2", "h3"])
        {
            foreach (var heading in document.QuerySelectorAll(selector))
            {
                var text = Normal(heading.TextContent);
                if (text.Length < MinimumLength)
                    continue;
                if (selector == "h1")
                    firstH1 ??= heading;
                if (wanted.Length > 0 && (wanted.Contains(text, StringComparison.Ordinal) || text.Contains(wanted, StringComparison.Ordinal)))
                    return heading;
            }
        }
        return firstH1;
    }

    private static string Normal(string? text) =>
        text is null ? "" : string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
