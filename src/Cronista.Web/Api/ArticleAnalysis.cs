using Cronista.Extraction;
using Cronista.Ingest;
using Cronista.Output;

namespace Cronista.Web.Api;

/// <summary>Extracts and analyses one posted article with the stages built once at start-up; thread-safe.</summary>
internal sealed class ArticleAnalysis(Analyzer analyzer, ArticleExtractor extractor)
{
    /// <summary>The document record of an article, as <c>cronista analyze --format json</c> writes it.</summary>
    /// <exception cref="ExtractionException">No article text is left once header lines or page chrome are taken off.</exception>
    public DocumentRecord Analyze(RawItem item, string? language, CancellationToken cancel)
    {
        var article = extractor.Extract(item);
        if (article.Language is null && language is not null)
            article = article with { Language = language };
        return DocumentRecords.From(analyzer.Analyze(article.ToDocument(), cancel));
    }
}
