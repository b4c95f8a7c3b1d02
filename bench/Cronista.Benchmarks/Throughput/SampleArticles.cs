using Cronista.Core;
using Cronista.Extraction;
using Cronista.Ingest;

namespace Cronista.Benchmarks.Throughput;

/// <summary>One article from the samples folder, read and extracted as `cronista analyze` reads it.</summary>
/// <param name="Path">Where it was read from.</param>
/// <param name="Text">The article body.</param>
/// <param name="Metadata">Its date, title, URL, publisher and agency; the language when the fallback declares one.</param>
internal sealed record SampleArticle(string Path, string Text, DocumentMetadata Metadata)
{
    /// <summary>The language declared for it, or null when the pipeline detects it.</summary>
    public string? Language => Metadata.Language;

    /// <summary>The document the pipeline analyses.</summary>
    public Document ToDocument() => Document.Create(Text, Metadata);
}

/// <summary>Reads the articles under samples/ through the project's own ingest and extraction.</summary>
internal static class SampleArticles
{
    /// <summary>Every article under the folder, in the order ingest yields them; files that fail to read are left out.</summary>
    public static IReadOnlyList<SampleArticle> Load(string folder, string? fallbackLanguage)
    {
        var extractor = ArticleExtractor.CreateDefault();
        var articles = new List<SampleArticle>();
        foreach (var item in new ArticleSources(new IngestOptions()).Read([folder]))
        {
            if (item is not RawItem raw)
                continue;
            var article = extractor.Extract(raw);
            var metadata = article.ToMetadata();
            if (metadata.Language is null && fallbackLanguage is not null)
                metadata = metadata with { Language = fallbackLanguage };
            articles.Add(new SampleArticle(raw.Source, article.ToDocument().Text, metadata));
        }
        return articles;
    }
}
