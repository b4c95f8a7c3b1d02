using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>The fallback when the page marks no body: the element whose paragraphs carry the most running text, scored
/// as readability does (length and commas of each paragraph, given to its parent and half to its grandparent, discounted
/// by link density).</summary>
internal static class DensityBodyFinder
{
    private const int ShortestParagraph = 25;

    /// <summary>The best-scoring container and those of its siblings that read as part of the same article (scoring at
    /// least a fifth of it, or a paragraph of running text with few links); empty when nothing on the page scores.</summary>
    public static List<IElement> Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
            return [];
        var scores = new Dictionary<IElement, double>();
        // Paragraphs, and containers whose own text runs long between line breaks (pages written without <p>).
        var paragraphs = body.QuerySelectorAll("p, pre, td, blockquote").Select(p => (Element: p, Text: p.TextContent.Trim(), Container: false))
            .Concat(body.QuerySelectorAll("div, section, article").Select(c => (Element: c, Text: OwnText(c), Container: true)).Where(c => c.Text.Length >= ContainerText));
        foreach (var (paragraph, text, isContainer) in paragraphs)
        {
            if (text.Length < ShortestParagraph)
                continue;
            var score = 1 + text.Count(c => c is ',' or '，') + Math.Min(text.Length / 100, 3);
            if (isContainer)
                scores[paragraph] = scores.GetValueOrDefault(paragraph) + score;
            else if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent)
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + score / 2.0;
            }
        }
        if (scores.Count == 0)
            return [];
        var adjusted = scores.ToDictionary(s => s.Key, s => s.Value * (1 - TextDensity.LinkDensity(s.Key)));
        var (top, topScore) = adjusted.MaxBy(s => s.Value);
        if (top.ParentElement is not { } container || top == body)
            return [top];
        var threshold = Math.Max(10, topScore * 0.2);
        return [.. container.Children.Where(sibling => sibling == top || adjusted.GetValueOrDefault(sibling) >= threshold || IsProse(sibling))];
    }

    /// <summary>A paragraph of running text with few links.</summary>
    private static bool IsProse(IElement element)
    {
        if (element.LocalName != "p")
            return false;
        var text = element.TextContent.Trim();
        return text.Length > 80 && TextDensity.LinkDensity(element) < 0.25;
    }

    // A container's own text counts as a paragraph only when it is this long: a caption or a label is not one.
    private const int ContainerText = ShortestParagraph * 4;

    /// <summary>The text of the element's own text nodes and inline children, without its block children.</summary>
    private static string OwnText(IElement element)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IText t)
                text.Append(t.Data);
            else if (child is IElement e && e.LocalName is "a" or "b" or "strong" or "i" or "em" or "span" or "br" or "u" or "font")
                text.Append(e.TextContent);
        }
        return text.ToString().Trim();
    }
}
