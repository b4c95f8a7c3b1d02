using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Widens a marked body to the running text the page keeps beside it: a lead or standfirst in its own block
/// before the body ("teaser-text", "intro", "chapo"), or a body split into sibling sections.</summary>
/// <remarks>Pages mark the body's main part, and the marked element is often not the whole article: the lead sits in the
/// header, the rest of a long article in the next section. Only blocks that read as prose are taken, so a heading, a
/// byline, a date or a list of links beside the body stays out.</remarks>
internal static class BodySiblings
{
    /// <summary>A block shorter than this is a label, a date or a caption, not a paragraph.</summary>
    private const int ShortestProse = 80;

    private const double MaxLinkDensity = 0.3;

    /// <summary>The body and the prose blocks beside it, in page order: before it at every level up to the page's
    /// &lt;body&gt; (page builders nest the lead in rows and columns of its own, many levels from the body's), after it
    /// only <paramref name="followingLevels"/> levels up (further on come the author's box, the disclaimers, the next
    /// article). A marked body is the page's own word and looks among its siblings only; a body found by density is
    /// one text block of several, each in wrappers of its own, and looks three levels up.</summary>
    public static List<IElement> Extend(IElement body, int followingLevels = 1)
    {
        var blocks = new LinkedList<IElement>();
        blocks.AddFirst(body);
        var current = body;
        for (var level = 0; current.ParentElement is { LocalName: not ("body" or "html") } parent; level++)
        {
            for (var sibling = current.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                if (IsProse(sibling))
                    blocks.AddFirst(sibling);
            }
            for (var sibling = level < followingLevels ? current.NextElementSibling : null; sibling is not null; sibling = sibling.NextElementSibling)
            {
                if (IsProse(sibling))
                    blocks.AddLast(sibling);
            }
            current = parent;
        }
        return [.. blocks];
    }

    /// <summary>A block of running text: long enough, few links, and ending like a sentence or holding one.</summary>
    private static bool IsProse(IElement element)
    {
        if (element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "form")
            return false;
        var text = element.TextContent.AsSpan().Trim();
        if (text.Length < ShortestProse || TextDensity.LinkDensity(element) >= MaxLinkDensity)
            return false;
        var end = text.TrimEnd("\"”»'’)");
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' || text.Contains(". ", StringComparison.Ordinal);
    }
}
