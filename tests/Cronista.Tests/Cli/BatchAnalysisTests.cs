using Cronista.Cli.Analysis;
using Cronista.Core;
using Cronista.Extraction;
using Cronista.Ingest;

namespace Cronista.Tests.Cli;

public sealed class BatchAnalysisTests
{
    private static RawItem Item(string source, string text) =>
        new(source, text, RawFormat.Record, new SourceHints(Language: "it"), "utf-8", text.Length);

    [Fact]
    public void A_stage_that_throws_fails_only_its_own_document_and_the_order_is_kept()
    {
        Document Analyze(Document document)
        {
            // Uneven work, so that documents finish out of order on several threads.
            Thread.Sleep(document.Text.Length % 3 * 5);
            if (document.Text.Contains("boom", StringComparison.Ordinal))
                throw new InvalidOperationException("Stage 'code-events' broke on this text.");
            return document;
        }
        var batch = new BatchAnalysis(Analyze, ArticleExtractor.CreateDefault(), defaultLanguage: null);
        var items = Enumerable.Range(0, 30).Select(i => Item($"feed.jsonl:{i}", i == 7 ? "boom" : new string('x', i + 1) + "."));

        var outcomes = batch.Run(items, degree: 2).ToList();

        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"feed.jsonl:{i}"), outcomes.Select(o => o.Source));
        var failed = Assert.Single(outcomes, o => o.Record is null);
        Assert.Equal("feed.jsonl:7", failed.Source);
        Assert.Equal("analysis failed: Stage 'code-events' broke on this text.", failed.Failure);
    }

    [Fact]
    public void The_default_language_applies_only_to_articles_that_declare_none()
    {
        var seen = new List<string?>();
        var batch = new BatchAnalysis(d => { lock (seen) seen.Add(d.Metadata.Language); return d; }, ArticleExtractor.CreateDefault(), "de");

        batch.Process(Item("declared", "Testo."));
        batch.Process(new RawItem("undeclared", "Text.", RawFormat.PlainText, SourceHints.None, "utf-8", 5));

        Assert.Equal(["it", "de"], seen);
    }

    [Fact]
    public void An_ingest_failure_passes_through_with_its_reason()
    {
        var batch = new BatchAnalysis(d => d, ArticleExtractor.CreateDefault(), null);

        var outcome = batch.Process(new IngestFailure("x.bin", "binary file, not text", 10));

        Assert.Equal(("x.bin", "binary file, not text", 10L), (outcome.Source, outcome.Failure, outcome.InputBytes));
        Assert.Null(outcome.Record);
    }
}
