using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Cronista.Extraction.Html;

namespace Cronista.Eval.Extraction;

/// <summary>Reads every gold page's publication date with the system under test and scores it to the day.</summary>
/// <param name="published">A page's bytes and its URL (null when unknown) in, the publication date out.</param>
/// <remarks>Unlike the text benchmark, pages are given their URL (the evaldata.json key, when it is one): the extractor
/// always knows where a page was read from, and a date in the path is evidence a reader sees too.</remarks>
internal sealed class PageDateEvaluator(Func<byte[], string?, DateOnly?> published)
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>An evaluator of the HTML extractor's metadata reader: the dates it reads whether or not a body is found
    /// later, so body-finding changes do not move this score.</summary>
    public static PageDateEvaluator ForHtml() => new((html, url) =>
    {
        using var stream = new MemoryStream(html, writable: false);
        return HtmlMetadataReader.Read(new HtmlParser(ParserOptions).ParseDocument(stream), url).Published;
    });

    /// <summary>Scores every gold page; <paramref name="corpus"/> finds each page's file and URL.</summary>
    /// <exception cref="EvaldataException">A gold page is not in the benchmark or cannot be read.</exception>
    public PageDateReport Evaluate(string goldPath, ImmutableArray<PageDateGoldItem> gold, ExtractionCorpus corpus)
    {
        var byFile = corpus.Items.ToDictionary(i => i.File, StringComparer.Ordinal);
        var results = ImmutableArray.CreateBuilder<PageDateResult>(gold.Length);
        foreach (var page in gold)
        {
            if (!byFile.TryGetValue(page.File, out var item))
                throw new EvaldataException($"{goldPath}: '{page.File}' is not a page of {corpus.Source}");
            byte[] html;
            try
            {
                html = CorpusFiles.Read(item.Path);
            }
            catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new EvaldataException($"{item.Path}: cannot read the page: {error.Message}");
            }
            var url = item.Key.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? item.Key : null;
            var predicted = published(html, url);
            results.Add(new PageDateResult(page, predicted, PageDateResult.Compare(page.Published, predicted)));
        }
        return new PageDateReport(goldPath, results.MoveToImmutable());
    }
}
