using System.Text;
using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Turns a body element into paragraphs: one per block element (paragraph, heading, list item, table row,
/// quotation), whitespace collapsed; blocks made mostly of links (menus, "read more" lists) are left out.</summary>
internal sealed class HtmlTextRenderer
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "figure", "address", "center", "details", "summary", "hr",
    };

    // A block whose text is mostly links is navigation, unless it is long enough to be a paragraph that links a lot.
    private const double MaxLinkShare = 0.5;
    private const int LongBlock = 300;

    private readonly List<TextBlock> _paragraphs = [];
    private string _blockTag = "";
    private readonly StringBuilder _block = new();
    private int _linkChars;

    /// <summary>The paragraphs of the element, in order.</summary>
    public static List<TextBlock> Render(IElement root)
    {
        var renderer = new HtmlTextRenderer();
        renderer.Walk(root, inLink: false);
        renderer.Flush();
        return renderer._paragraphs;
    }

    /// <summary>True for a line that reads as a label, not a sentence: short, and not ending like one ("Ähnliche
    /// Beiträge", "You might also like:", "23.10.2018").</summary>
    public static bool IsLabel(string paragraph) =>
        paragraph.Length < ShortLabel && paragraph.TrimEnd('"', '”', '»', '\'', '’', ')').Length is var length && length > 0 &&
        paragraph[length - 1] is not ('.' or '!' or '?' or '…');

    private const int ShortLabel = 60;

    private void Walk(INode node, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendText(text.Data, inLink);
                    break;
                case IElement element when element.LocalName == "br":
                    _block.Append('\n');
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    Walk(element, inLink);
                    _block.Append(' ');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    Flush();
                    var outer = _blockTag;
                    _blockTag = element.LocalName;
                    Walk(element, inLink);
                    Flush();
                    _blockTag = outer;
                    break;
                case IElement element:
                    Walk(element, inLink || element.LocalName == "a");
                    break;
            }
        }
    }

    private void AppendText(string data, bool inLink)
    {
        var before = _block.Length;
        foreach (var c in data)
        {
            // Soft hyphens and zero-width marks are invisible on the page and would split words for every later stage.
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
                continue;
            if (char.IsWhiteSpace(c))
            {
                if (_block.Length > 0 && _block[^1] != ' ')
                    _block.Append(' ');
            }
            else
            {
                _block.Append(c);
            }
        }
        if (inLink)
            _linkChars += _block.Length - before;
    }

    private void Flush()
    {
        var text = string.Join('\n', _block.ToString().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
        var links = _linkChars;
        _block.Clear();
        _linkChars = 0;
        if (text.Length == 0)
            return;
        if (text.Length < LongBlock && links > text.Length * MaxLinkShare)
        {
            // The heading of a list of links ("Related articles") goes with it.
            if (_paragraphs.Count > 0 && IsLabel(_paragraphs[^1].Text))
                _paragraphs.RemoveAt(_paragraphs.Count - 1);
            return;
        }
        _paragraphs.Add(new TextBlock(text, _blockTag is "li" or "tr" or "dd" or "dt" or "tbody" or "table", _blockTag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"));
    }
}

/// <summary>One paragraph of rendered text.</summary>
/// <param name="Text">The text, whitespace collapsed; line breaks only where the page had &lt;br&gt;.</param>
/// <param name="Listed">True for a list item or a table row: short and unpunctuated by nature, never a stray label.</param>
/// <param name="Heading">True for a heading: short and unpunctuated too, and the start of a section.</param>
internal readonly record struct TextBlock(string Text, bool Listed, bool Heading = false);
