using AngleSharp.Dom;
using Cronista.Core;

namespace Cronista.Extraction.Html;

/// <summary>Tells error pages and empty results ("Page not found", "Pagina non trovata", "Erreur 404") from articles.</summary>
/// <remarks>Such pages carry a sentence or two of apology, enough running text to pass for a short article; their title
/// or main heading gives them away. Only short pages are judged, so that an article about an error is never taken
/// for one. The phrases are data: Languages/&lt;iso&gt;/error-pages.tsv.</remarks>
internal static class ErrorPages
{
    /// <summary>Longer than this, a page is an article whatever its title says.</summary>
    public const int MaxErrorPageText = 1000;

    private static readonly string[] Languages = ["en", "it", "de", "fr", "es", "pt", "nl", "pl"];

    private static readonly Lazy<string[]> Phrases = new(() =>
        [.. Languages.SelectMany(l => ResourceFiles.ReadLanguageRows("Extraction/Html", l, "error-pages.tsv")).Select(r => r[0].Trim()).Where(p => p.Length > 0)]);

    /// <summary>The title or heading that marks the page as an error page, or null; call it before the page is cleaned.</summary>
    public static string? Heading(IDocument document)
    {
        var candidates = new[] { document.QuerySelector("title")?.TextContent, document.QuerySelector("h1")?.TextContent };
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate) || candidate.Length > 200)
                continue;
            var text = candidate.Trim().ToLowerInvariant();
            if (Phrases.Value.Any(phrase => Contains(text, phrase)))
                return candidate.Trim();
        }
        return null;
    }

    /// <summary>The phrase as whole words: "not found" in "page not found", but "error 404" not in "error 4040".</summary>
    private static bool Contains(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return true;
        }
        return false;
    }
}
