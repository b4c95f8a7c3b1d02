using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Finds the element that holds the article's headline, where a reader looks for its byline and date.</summary>
internal static class PageHeadline
{
    /// <summary>Headings shorter than this are logos or section names ("News"), not headlines.</summary>
    private const int MinimumLength = 10;

    /// <summary>A heading matches the title when the shorter of the two is at least this share of the longer: a title
    /// adds " | Site" to its headline, but a menu's "Wärmepumpe" is not the headline of "Wärmepumpe im Altbau – …".</summary>
    private const double MinimumOverlap = 0.4;

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
                if (Matches(text, wanted))
                    return heading;
            }
        }
        return firstH1;
    }

    private static bool Matches(string heading, string title)
    {
        if (title.Length == 0)
            return false;
        var (shorter, longer) = heading.Length <= title.Length ? (heading, title) : (title, heading);
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length >= MinimumOverlap * longer.Length;
    }

    private static string Normal(string? text) =>
        text is null ? "" : string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
