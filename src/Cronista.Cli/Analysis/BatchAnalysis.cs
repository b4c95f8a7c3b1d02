using Cronista.Core;
using Cronista.Extraction;
using Cronista.Ingest;
using Cronista.Output;

namespace Cronista.Cli.Analysis;

/// <summary>What became of one input item: its output record, or why there is none.</summary>
/// <param name="Source">Where the item came from.</param>
/// <param name="Record">The analysed document, when analysis worked.</param>
/// <param name="Failure">Why it failed, when it did.</param>
/// <param name="InputBytes">How much input it accounts for, for the progress bar.</param>
internal sealed record ItemOutcome(string Source, DocumentRecord? Record, string? Failure, long InputBytes);

/// <summary>Reads, extracts and analyses every item of a batch, in parallel, keeping each item's failure to itself.</summary>
/// <param name="analyze">Runs the stages over one document; built once and safe to call from several threads.</param>
/// <param name="extractor">Turns raw items into articles.</param>
/// <param name="defaultLanguage">The language of articles whose source declares none, when the user gave one.</param>
internal sealed class BatchAnalysis(Func<Document, Document> analyze, ArticleExtractor extractor, string? defaultLanguage)
{
    /// <summary>The outcome of every item, in input order.</summary>
    public IEnumerable<ItemOutcome> Run(IEnumerable<IngestItem> items, int degree) =>
        OrderedParallel.Map(items, Process, Math.Max(1, degree));

    /// <summary>One item from raw input to output record; never throws.</summary>
    public ItemOutcome Process(IngestItem item)
    {
        if (item is IngestFailure failure)
            return new ItemOutcome(failure.Source, null, failure.Reason, failure.InputBytes);
        var raw = (RawItem)item;
        try
        {
            var article = extractor.Extract(raw);
            if (article.Language is null && defaultLanguage is not null)
                article = article with { Language = defaultLanguage };
            var document = analyze(article.ToDocument());
            return new ItemOutcome(raw.Source, DocumentRecords.From(document), null, raw.InputBytes);
        }
        catch (ExtractionException e)
        {
            return new ItemOutcome(raw.Source, null, e.Message, raw.InputBytes);
        }
        catch (Exception e)
        {
            // A stage that fails on one document must not stop the batch; its message says what went wrong.
            return new ItemOutcome(raw.Source, null, $"analysis failed: {Message(e)}", raw.InputBytes);
        }
    }

    private static string Message(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
        return inner.Message.ReplaceLineEndings(" ");
    }
}
