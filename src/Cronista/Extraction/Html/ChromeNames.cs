using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Reads an element's class and id as a name for page chrome (share bars, comments, related links, cookie
/// banners, ads) or for the article's entry itself.</summary>
internal static partial class ChromeNames
{
    // Whole words of class and id values (split at '-', '_' and case changes are not needed: sites write "share-bar").
    // "meta" and "postmetadata" hold a post's date, author and categories; "affiliate" and "disclosure" the notes on
    // paid links; "cta" and "donate" the appeals after the article; "legend" an image's caption; "infobox" and
    // "factbox" the boxes set beside the text (contacts, sources, a product's data).
    // Not "widget": page builders call every block of text one ("elementor-widget"); a sidebar's widgets go with it.
    [GeneratedRegex(@"(^|[_-])(comments?|commentlist|disqus|share|sharing|social|socials|related|recommended|recirc|more-stories|read-more|readmore|cookies?|consent|gdpr|banner|advert|advertisement|ads?|adslot|sponsor(ed)?|promo|newsletter|subscribe|subscription|signup|paywall|sidebar|breadcrumbs?|pagination|pager|navbar|nav|menu|footer|masthead|popup|modal|overlay|byline|author|authors|dateline|timestamp|date|tags?|tag-list|keywords|caption|credits?|copyright|print|toolbar|jump|skip|login|trending|most-read|mostread|outbrain|taboola|rating|ratings|vote|reactions|meta|postmetadata|affiliate|disclosure|cta|donate|donation|bio|legend|infobox|factbox)($|[_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromeWord();

    /// <summary>Class names that hide an element on every screen. Only whole: "field--label-hidden" (Drupal) hides a
    /// label and "hidden-xs" (Bootstrap) hides on phones only; both wrap text that is shown.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "hidden", "is-hidden", "d-none", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text",
    };

    /// <summary>True when a class or the id of the element names it as chrome.</summary>
    public static bool IsChrome(IElement element)
    {
        foreach (var name in element.ClassList)
        {
            if (Hidden.Contains(name) || !Negated(name) && ChromeWord().IsMatch(Block(name)))
                return true;
        }
        return element.Id is { Length: > 0 } id && ChromeWord().IsMatch(Block(id));
    }

    /// <summary>True for the entry of a microformats feed (hAtom's "hentry", microformats2's "h-entry"): the post
    /// itself, whatever its other classes say (WordPress adds "tag-…" and "category-…" for the post's tags).</summary>
    public static bool IsEntry(IElement element) => element.ClassList.Contains("hentry") || element.ClassList.Contains("h-entry");

    /// <summary>True for a name that says what a block is not ("no-print", "non-paywall"): shown on screen, free to read.</summary>
    private static bool Negated(string name) =>
        name.StartsWith("no-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("non-", StringComparison.OrdinalIgnoreCase) ||
        name.StartsWith("not-", StringComparison.OrdinalIgnoreCase);

    /// <summary>A BEM class name without its modifier: "section--ads" is a section that also shows ads,
    /// "promo--comment" still a promotion.</summary>
    private static string Block(string name) => name.IndexOf("--", StringComparison.Ordinal) is > 0 and var at ? name[..at] : name;
}
