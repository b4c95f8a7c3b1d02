using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Cronista.Extraction.Html;

/// <summary>Extracts the article from a web page: metadata first, then the chrome is removed and the body is found by
/// the page's own markup (<see cref="StructuralBodyFinder"/>), else by text density (<see cref="DensityBodyFinder"/>).</summary>
/// <remarks>Thread-safe: every call parses its own document.</remarks>
public sealed class HtmlArticleExtractor
{
    /// <summary>Less body text than this and the page holds no article (a home page, an error page). A short blog post
    /// or notice of two sentences is one, and fits.</summary>
    public const int MinimumArticleText = 100;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>The extractor with its default settings.</summary>
    public static HtmlArticleExtractor Default { get; } = new();

    /// <summary>The article of a page given as bytes; the encoding comes from a byte-order mark or the page's meta charset.</summary>
    /// <exception cref="ExtractionException">The page holds no article.</exception>
    public HtmlArticle Extract(Stream html, string? url = null)
    {
        // Decoded first and parsed as text: AngleSharp's own byte-stream path parses about half as fast.
        using var bytes = new MemoryStream();
        html.CopyTo(bytes);
        return Extract(Ingest.HtmlDecoding.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), out _), url);
    }

    /// <summary>The article of a page given as text.</summary>
    /// <exception cref="ExtractionException">The page holds no article.</exception>
    public HtmlArticle Extract(string html, string? url = null) => Extract(new HtmlParser(ParserOptions).ParseDocument(html), url);

    private static HtmlArticle Extract(IDocument document, string? url)
    {
        var metadata = HtmlMetadataReader.Read(document, url);
        var errorHeading = ErrorPages.Heading(document);
        BoilerplateCleaner.RemoveNeverText(document);
        var marked = StructuralBodyFinder.Find(document);
        BoilerplateCleaner.RemoveChrome(document, marked);
        var (paragraphs, method) = Body(document, marked);
        if (metadata.Title is { } title && paragraphs.Count > 0 && Same(paragraphs[0].Text, title))
            paragraphs.RemoveAt(0);
        BodyEdges.Trim(paragraphs);
        // What follows the last sentence is chrome: "Tags:", a date, "weiterlesen", a lone heading.
        while (paragraphs.Count > 1 && !paragraphs[^1].Listed && HtmlTextRenderer.IsLabel(paragraphs[^1].Text))
            paragraphs.RemoveAt(paragraphs.Count - 1);
        // So is what comes before the first sentence (a date, a byline, a kicker), unless it heads the first section.
        while (paragraphs.Count > 1 && !paragraphs[0].Listed && !paragraphs[0].Heading && HtmlTextRenderer.IsLabel(paragraphs[0].Text))
            paragraphs.RemoveAt(0);
        var text = string.Join("\n\n", paragraphs.Select(p => p.Text));
        if (text.Length < MinimumArticleText)
            throw new ExtractionException("no article found: the page has too little running text");
        if (errorHeading is not null && text.Length <= ErrorPages.MaxErrorPageText)
            throw new ExtractionException($"no article found: an error page (\"{errorHeading}\")");
        return metadata with { Text = text, Method = method };
    }

    private static (List<TextBlock> Paragraphs, string Method) Body(IDocument document, IElement? marked)
    {
        if (marked is not null)
        {
            var paragraphs = BodySiblings.Extend(marked).SelectMany(HtmlTextRenderer.Render).ToList();
            if (paragraphs.Sum(p => p.Text.Length) >= MinimumArticleText)
                return (paragraphs, "structure");
        }
        var found = DensityBodyFinder.Find(document);
        // The densest block and its scoring siblings, with the prose around them further up (a lead in the header, the
        // next text block of a page builder).
        var blocks = found.Count == 0 ? found : [.. BodySiblings.Extend(found[0], followingLevels: 3).Union(found).Order(DocumentOrder.Instance)];
        return ([.. blocks.SelectMany(HtmlTextRenderer.Render)], "density");
    }

    private static bool Same(string paragraph, string title) =>
        string.Equals(paragraph.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Orders elements as they stand in the page.</summary>
    private sealed class DocumentOrder : IComparer<IElement>
    {
        public static DocumentOrder Instance { get; } = new();

        public int Compare(IElement? x, IElement? y) =>
            ReferenceEquals(x, y) ? 0 : x!.CompareDocumentPosition(y!).HasFlag(DocumentPositions.Following) ? -1 : 1;
    }
}
