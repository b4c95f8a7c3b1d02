using AngleSharp.Dom;

namespace Cronista.Extraction.Html;

/// <summary>Removes what is never article text: scripts and styles, navigation, forms' controls, hidden elements, and
/// blocks whose class or id names them as chrome (share bars, comments, related links, cookie banners, ads).</summary>
internal static class BoilerplateCleaner
{
    private static readonly string[] NeverText =
    [
        "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "footer",
        "menu", "dialog", "button", "input", "select", "textarea", "label", "figcaption", "link", "meta",
    ];

    /// <summary>Removes the elements that never hold article text: scripts, styles, navigation, controls, hidden elements.</summary>
    public static void RemoveNeverText(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', NeverText)).ToList())
            element.Remove();
        foreach (var element in document.QuerySelectorAll("[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none']").ToList())
            element.Remove();
        // <noscript> mostly holds tracking pixels, but pages that draw their article with scripts put the text there.
        foreach (var element in document.QuerySelectorAll("noscript").Where(e => e.TextContent.AsSpan().Trim().Length < NoscriptArticle).ToList())
            element.Remove();
    }

    private const int NoscriptArticle = 200;

    /// <summary>Removes headers, asides and blocks named as chrome, except <paramref name="body"/> and its ancestors: class
    /// names are only hints ("l-sidebar-fixed l-article-body-segment" holds an article, and some pages put the article in
    /// an &lt;aside&gt;), and a marked body outranks them.</summary>
    public static void RemoveChrome(IDocument document, IElement? body)
    {
        var root = document.Body;
        if (root is null)
            return;
        var total = Math.Max(1, root.TextContent.Length);
        var bodyText = body?.TextContent.Length ?? 0;
        // Innermost and last first, each removal taken off the totals: the comments under the article are gone before
        // the wrapper around the article is weighed against what is left.
        foreach (var element in root.QuerySelectorAll("[class], [id], header, aside").Reverse().ToList())
        {
            if (element.Parent is null || IsProtected(element) || body is not null && element.Contains(body))
                continue;
            var named = ChromeNames.IsChrome(element);
            var inBody = body is not null && body.Contains(element);
            // An article's own header holds its headline and often its lead paragraph: a header inside the body, or
            // inside an <article> or the page's main part, is the article's, not the page's.
            if (!named && (element.LocalName is not ("header" or "aside") || element.LocalName == "header" && (inBody || InArticle(element))))
                continue;
            // A wrapper that happens to carry such a name ("page-with-sidebar", "elementor-widget-container",
            // "steady-paywall-container") holds most of the page or of the article: keep it. A list is no wrapper: a
            // long one named "related" is the related posts with their excerpts, however much text they hold.
            var length = element.TextContent.Length;
            if ((length > total / 2 || inBody && length > bodyText / 2) && element.LocalName is not ("ul" or "ol"))
                continue;
            element.Remove();
            total -= length;
            if (inBody)
                bodyText -= length;
        }
    }

    private static bool InArticle(IElement element) =>
        element.Closest("article, main, [role=main]") is not null || element.QuerySelector("h1") is not null;

    private static bool IsProtected(IElement element) =>
        element.LocalName is "body" or "html" or "main" or "article" || element.GetAttribute("itemprop") == "articleBody" ||
        ChromeNames.IsEntry(element);
}
