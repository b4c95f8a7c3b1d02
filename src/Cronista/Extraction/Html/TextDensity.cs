using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>How much running text, and how much link text, an element holds.</summary>
internal static class TextDensity
{
    /// <summary>Characters of text in the element's paragraphs (and its own text when it has no paragraph), links excluded.</summary>
    public static int ParagraphText(IElement element)
    {
        var paragraphs = element.QuerySelectorAll("p, pre, blockquote, li");
        if (paragraphs.Length == 0)
            return element.TextContent.Length - LinkText(element);
        var total = 0;
        foreach (var paragraph in paragraphs)
            total += Math.Max(0, Trimmed(paragraph.TextContent) - LinkText(paragraph));
        return total;
    }

    /// <summary>Characters inside links.</summary>
    public static int LinkText(IElement element)
    {
        var total = 0;
        foreach (var link in element.QuerySelectorAll("a"))
            total += Trimmed(link.TextContent);
        return total;
    }

    /// <summary>The share of the element's text that sits in links (0 when it has no text).</summary>
    public static double LinkDensity(IElement element)
    {
        var text = Trimmed(element.TextContent);
        return text == 0 ? 0 : Math.Min(1, (double)LinkText(element) / text);
    }

    private static int Trimmed(string text) => text.AsSpan().Trim().Length;
}
