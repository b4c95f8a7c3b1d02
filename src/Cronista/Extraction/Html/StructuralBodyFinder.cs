using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Finds the article body where the page marks it: schema.org's articleBody first, else an &lt;article&gt;,
/// &lt;main&gt; or a container named like an article body, whichever holds the article most tightly.</summary>
internal static partial class StructuralBodyFinder
{
    /// <summary>Less paragraph text than this and a marked container is taken for a teaser, not the article.</summary>
    public const int MinimumText = 200;

    [GeneratedRegex(@"(^|[\s_-])(article[-_]{0,2}body|articlebody|article[-_]{0,2}content|article[-_]{0,2}text|articletext|post[-_]{0,2}content|post[-_]{0,2}body|post[-_]{0,2}entry|entry[-_]{0,2}content|entry|story[-_]{0,2}body|news[-_]{0,2}content|item[-_]{0,2}full[-_]{0,2}text|item[-_]{0,2}intro[-_]{0,2}text|item[-_]{0,2}body|news[-_]{0,2}text|news[-_]{0,2}body|story[-_]{0,2}content|story[-_]{0,2}text|content[-_]{0,2}body|body[-_]{0,2}text|text[-_]{0,2}content|main[-_]{0,2}content|article__body|article__content|field[-_]{0,2}body|node[-_]{0,2}content|rich[-_]{0,2}text|richtext|single[-_]{0,2}content|blog[-_]{0,2}post|post|article)($|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    /// <summary>The share of the largest candidate's text a candidate inside it must keep to be preferred: the tightest
    /// container that still holds the article, not the wrapper around article, comments and related links.</summary>
    private const double InnerShare = 0.8;

    /// <summary>The marked container that holds the article, or null when the page marks none that is long enough.</summary>
    public static IElement? Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
            return null;
        var declared = Candidates(body.QuerySelectorAll("[itemprop=articleBody], [itemprop=articlebody]"));
        if (declared.Count > 0)
            return Tightest(declared);
        // A teaser ("teaser teaser-node-article") previews another article: it is named like a body and is not one.
        var marked = Candidates(body.QuerySelectorAll("article, main, [role=main]")
            .Concat(body.QuerySelectorAll("div[class], div[id], section[class], section[id]").Where(e => BodyName().IsMatch($"{e.ClassName} {e.Id}")))
            .Where(e => !e.ClassList.Contains("teaser")));
        return marked.Count == 0 ? null : Tightest(marked);
    }

    private static List<(IElement Element, int Text)> Candidates(IEnumerable<IElement> elements) =>
        [.. elements.Distinct().Select(e => (Element: e, Text: TextDensity.ParagraphText(e))).Where(c => c.Text >= MinimumText)];

    private static IElement Tightest(List<(IElement Element, int Text)> candidates)
    {
        var largest = candidates.MaxBy(c => c.Text);
        return candidates.Where(c => largest.Element.Contains(c.Element) && c.Text >= largest.Text * InnerShare)
            .MaxBy(c => Depth(c.Element)).Element;
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            depth++;
        return depth;
    }
}
