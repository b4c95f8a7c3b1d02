using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>A &lt;time&gt; element's machine-readable date and where its text lies in the visible text.</summary>
/// <param name="Index">Where its text starts.</param>
/// <param name="End">Where its text ends.</param>
/// <param name="Date">The day of its datetime attribute.</param>
/// <param name="Updated">True when the markup says it is a modification date (class "updated", itemprop "dateModified").</param>
internal readonly record struct TimeMark(int Index, int End, DateOnly Date, bool Updated);

/// <summary>The text of a page as a reader sees it around the article, without the parts whose dates are never the
/// article's: scripts, navigation, footers, forms, and blocks marked as comments, teasers, related links or widgets.</summary>
internal sealed class VisibleText
{
    /// <summary>Class and id words of blocks whose dates belong to other things: comments, other articles, the site.</summary>
    private static readonly FrozenSet<string> OtherBlocks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "comment", "comments", "kommentare", "commentaires", "commenti", "comentarios", "reply", "replies", "discussion",
        "related", "teaser", "teasers", "recommended", "recommendations", "popular", "trending", "promo", "sidebar",
        "widget", "widgets", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "newsletter", "footer", "nav",
        "navbar", "navigation", "menu", "cookie", "cookies", "advert", "advertisement", "ads");

    private static readonly FrozenSet<string> NeverText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "svg", "select", "option", "textarea", "button", "nav", "footer",
        "aside", "form", "iframe", "object", "head");

    private readonly StringBuilder _text = new();
    private readonly List<TimeMark> _times = [];
    private readonly List<(int Start, int End)> _updated = [];
    private readonly IElement? _headline;

    private VisibleText(IElement? headline) => _headline = headline;

    /// <summary>The visible text, blocks joined by spaces.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Where the headline starts in <see cref="Text"/>, or -1 when there is none.</summary>
    public int HeadlineStart { get; private set; } = -1;

    /// <summary>The &lt;time datetime&gt; elements, in order.</summary>
    public IReadOnlyList<TimeMark> Times => _times;

    /// <summary>The text of <paramref name="root"/>; <paramref name="headline"/> marks where the headline starts.</summary>
    public static VisibleText Of(IElement root, IElement? headline)
    {
        var visible = new VisibleText(headline);
        visible.Walk(root);
        visible.Text = visible._text.ToString();
        return visible;
    }

    /// <summary>True when the position lies in an element the markup marks as a modification date.</summary>
    public bool InUpdated(int index) => _updated.Any(u => u.Start <= index && index < u.End);

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _text.Append(text.Data).Append(' ');
                continue;
            }
            if (child is not IElement element || Hidden(element))
                continue;
            if (element == _headline)
                HeadlineStart = _text.Length;
            var start = _text.Length;
            Walk(element);
            if (element.LocalName == "time" && PageDates.Parse(element.GetAttribute("datetime")) is { } date)
                _times.Add(new TimeMark(start, _text.Length, date, MarkedUpdated(element)));
            else if (MarkedUpdated(element))
                _updated.Add((start, _text.Length));
        }
    }

    private static bool Hidden(IElement element) =>
        NeverText.Contains(element.LocalName) || element.HasAttribute("hidden") || Words(element).Any(OtherBlocks.Contains);

    /// <summary>Class "updated"/"modified" or itemprop "dateModified", unless the same markup also says "published"
    /// (WordPress writes class="published updated" on the publication date).</summary>
    private static bool MarkedUpdated(IElement element)
    {
        var words = Words(element).Concat(Split(element.GetAttribute("itemprop"))).Select(w => w.ToLowerInvariant()).ToList();
        return words.Any(w => w is "updated" or "modified" or "datemodified" or "update" or "lastmodified")
            && !words.Any(w => w is "published" or "datepublished" or "pubdate" or "date-published" or "created");
    }

    private static IEnumerable<string> Words(IElement element) =>
        Split(element.GetAttribute("class")).Concat(Split(element.Id));

    private static string[] Split(string? value) =>
        value is null ? [] : value.Split([' ', '\t', '\n', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
}
