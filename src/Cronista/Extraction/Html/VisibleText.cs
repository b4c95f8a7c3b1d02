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
        "breadcrumb", "breadcrumbs", "share", "sharing", "social", "newsletter", "footer", "nav",
        "navbar", "navigation", "menu", "cookie", "cookies", "advert", "advertisement", "ads");

    private static readonly FrozenSet<string> NeverText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "svg", "select", "option", "textarea", "button", "iframe", "object", "head");

    /// <summary>Elements that hold the site's chrome, unless they hold the headline too.</summary>
    /// <remarks>A blockquote is someone else's words: embedded posts carry their own dates ("— Anna (@anna) May 2, 2020").</remarks>
    private static readonly FrozenSet<string> ChromeElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "nav", "footer", "aside", "form", "blockquote");

    /// <summary>Elements that start a new line of text: a byline is a short line, a date inside a sentence is not.</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "header", "section", "article", "main", "td", "tr",
        "table", "br", "dd", "dt", "dl", "blockquote", "figure", "figcaption", "footer", "aside", "nav", "address", "pre", "hr");

    /// <summary>A line with more letters and digits than this is running text, and a date in it is an event the text
    /// tells of.</summary>
    private const int ProseLine = 160;

    /// <summary>A line of at least this many words that ends a sentence is running text too: a one-sentence lead.</summary>
    private const int SentenceWords = 8;

    /// <summary>How deep the walk descends.</summary>
    private const int MaximumDepth = 256;

    private readonly StringBuilder _text = new();
    private readonly List<TimeMark> _times = [];
    private readonly List<(int Start, int End)> _updated = [];
    private readonly IElement? _headline;

    private VisibleText(IElement? headline) => _headline = headline;

    /// <summary>The visible text, each block on its own line.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Where the headline starts in <see cref="Text"/>, or -1 when there is none.</summary>
    public int HeadlineStart { get; private set; } = -1;

    /// <summary>Where the headline ends in <see cref="Text"/>, or -1 when there is none.</summary>
    public int HeadlineEnd { get; private set; } = -1;

    /// <summary>The &lt;time datetime&gt; elements, in order.</summary>
    public IReadOnlyList<TimeMark> Times => _times;

    /// <summary>The text of <paramref name="root"/>; <paramref name="headline"/> marks where the headline starts.</summary>
    public static VisibleText Of(IElement root, IElement? headline)
    {
        var visible = new VisibleText(headline);
        visible.Walk(root, 0);
        visible.Text = visible._text.ToString();
        return visible;
    }

    /// <summary>True when the position lies in an element the markup marks as a modification date.</summary>
    public bool InUpdated(int index) => _updated.Any(u => u.Start <= index && index < u.End);

    private void Walk(INode node, int depth)
    {
        // Broken markup nests unclosed tags thousands deep; no byline lies that far down, and the stack must hold.
        if (depth > MaximumDepth)
            return;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                // Line breaks of the HTML source are spaces to a reader; only blocks start lines.
                foreach (var c in text.Data)
                    _text.Append(c is '\n' or '\r' ? ' ' : c);
                _text.Append(' ');
                continue;
            }
            if (child is not IElement element || Hidden(element))
                continue;
            var block = Blocks.Contains(element.LocalName);
            if (block)
                _text.Append('\n');
            if (element == _headline)
                HeadlineStart = _text.Length;
            var start = _text.Length;
            Walk(element, depth + 1);
            if (element == _headline)
                HeadlineEnd = _text.Length;
            if (block)
                _text.Append('\n');
            if (element.LocalName == "time" && PageDates.Parse(element.GetAttribute("datetime")) is { } date)
                _times.Add(new TimeMark(start, _text.Length, date, MarkedUpdated(element)));
            else if (MarkedUpdated(element))
                _updated.Add((start, _text.Length));
        }
    }

    /// <summary>True when the position lies in running text: a long line, or a sentence. Bylines are short and do not
    /// end with a full stop ("Von Anna Rossi | 19. Oktober 2019, 19:08 Uhr").</summary>
    public bool InProse(int index)
    {
        var start = Text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = Text.IndexOf('\n', index);
        var line = Text.AsSpan(start, (end < 0 ? Text.Length : end) - start).Trim();
        var visible = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }
            visible++;
            if (!inWord)
                words++;
            inWord = true;
        }
        return visible > ProseLine || words >= SentenceWords && line.Length > 0 && line[^1] is '.' or '!' or '?';
    }

    /// <summary>Never text, or chrome; but a block that holds the headline is the article's, whatever its markup says
    /// ("right-sidebar" layouts, an article inside an &lt;aside&gt;).</summary>
    private bool Hidden(IElement element)
    {
        if (NeverText.Contains(element.LocalName) || element.HasAttribute("hidden"))
            return true;
        var chrome = ChromeElements.Contains(element.LocalName) && !(element.LocalName == "footer" && element.Closest("article") is not null)
            || ClassWords(element).Any(OtherBlock);
        return chrome && (_headline is null || !element.Contains(_headline));
    }

    /// <summary>"comments", "comments-area", "stand_comment": a chrome word alone or joined to others by '-' or '_',
    /// but not inside a longer word ("elementor-widget-container" is a layout, not a widget). "…-sidebar" is a page
    /// layout that has a sidebar ("right-sidebar", "lay-sidebar") as often as the sidebar itself, so only "sidebar…" counts.</summary>
    private static bool OtherBlock(string word)
    {
        if (OtherBlocks.Contains(word))
            return true;
        var parts = word.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && (OtherBlocks.Contains(parts[0]) || OtherBlocks.Contains(parts[^1]) && !parts[^1].Equals("sidebar", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Class "date-modified", "last-updated" or itemprop "dateModified". A bare "updated" is not enough:
    /// WordPress themes write class="published updated" or "entry-date updated" on the publication date (hAtom).</summary>
    private static bool MarkedUpdated(IElement element)
    {
        if (string.Equals(element.GetAttribute("itemprop"), "dateModified", StringComparison.OrdinalIgnoreCase))
            return true;
        var words = ClassWords(element).Select(w => w.ToLowerInvariant()).ToList();
        return words.Any(w => w.Contains("modified", StringComparison.Ordinal) || w != "updated" && w.Contains("updated", StringComparison.Ordinal))
            && !words.Any(w => w.Contains("publish", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ClassWords(IElement element) =>
        Split(element.GetAttribute("class")).Concat(Split(element.Id));

    private static string[] Split(string? value) =>
        value is null ? [] : value.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
