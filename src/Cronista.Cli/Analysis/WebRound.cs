using Cronista.Extraction;
using Cronista.Ingest;
using Cronista.Storage;
using Cronista.Web;

namespace Cronista.Cli.Analysis;

/// <summary>One read of URLs, feeds and sitemaps: fetch, extract, analyse, print and store, then keep the lists' validators.</summary>
internal sealed class WebRound(BatchAnalysis batch, PoliteFetcher fetcher, WebReadOptions readOptions, string format)
{
    /// <summary>Runs the round over the targets; the store (when given) both answers "already held?" and keeps the results.</summary>
    public RoundResult Run(IReadOnlyList<string> targets, DocumentStore? store, string? database, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        // The writer keeps its own connection: SQLite connections serve one thread, and fetches ask from several.
        using var lookups = store is null ? null : DocumentStore.Open(store.Path);
        var gate = new object();
        var options = lookups is null ? readOptions : readOptions with
        {
            IsKnown = url => { lock (gate) return lookups.HasUrl(url); },
            ValidatorsOf = url =>
            {
                lock (gate)
                    return lookups.GetFetchState(url) is { } state ? new CacheValidators(state.ETag, state.LastModified) : null;
            },
        };
        var report = new WebReadReport();
        var items = new WebSources(fetcher, options).Read(targets, report, cancel);
        var run = new BatchRun(format, output, store);
        foreach (var outcome in batch.Run(items, Environment.ProcessorCount))
            run.Handle(outcome, error.WriteLine);
        run.Finish(error.WriteLine);
        // Only now that the pages are stored: a round interrupted earlier reads its lists again in full next time.
        if (store is not null)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var (url, validators) in report.Validators)
                store.SaveFetchState(new FetchState(url, validators.ETag, validators.LastModified, now));
        }
        run.Summarize(error, database);
        var notes = new List<string>();
        if (report.Known > 0)
            notes.Add($"{report.Known} listed pages already in the store");
        if (!report.NotModified.IsEmpty)
            notes.Add($"{report.NotModified.Count} feeds or sitemaps unchanged since the last read");
        if (notes.Count > 0)
            error.WriteLine($"cronista: skipped {string.Join("; ", notes)}");
        return new RoundResult(run.Analysed, run.Failures.Count);
    }

    /// <summary>The analysis and extraction every round shares, loaded once.</summary>
    public static BatchAnalysis CreateBatch(string? language)
    {
        var analyzer = Analyzer.Create(new AnalyzerOptions());
        return new BatchAnalysis(document => analyzer.Analyze(document), ArticleExtractor.CreateDefault(), language);
    }
}

/// <summary>How a round went: documents analysed and items that failed.</summary>
internal sealed record RoundResult(int Analysed, int Failed);
