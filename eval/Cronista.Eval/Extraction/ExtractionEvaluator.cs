using System.Collections.Immutable;
using System.Diagnostics;
using Cronista.Extraction;
using Cronista.Extraction.Html;

namespace Cronista.Eval.Extraction;

/// <summary>Runs an extractor over every page of the benchmark and scores its text.</summary>
/// <param name="extract">The system under test: a page's raw bytes in, its body text out. Null, an empty string or an
/// <see cref="ExtractionException"/> mean "no article"; anything else thrown is a crash.</param>
/// <remarks>The extractor is given the bytes only, not the page's URL, as the reference calls every library: the
/// published figures were measured that way, and a URL would let rules keyed on the host learn the test set.</remarks>
internal sealed class ExtractionEvaluator(Func<Stream, string?> extract)
{
    /// <summary>A page small enough to be read before timing starts, so one-time set-up is not charged to the first page.</summary>
    private static readonly byte[] WarmUpPage = "<html><body><article><p>text</p></article></body></html>"u8.ToArray();

    /// <summary>An evaluator of Cronista's HTML article extractor.</summary>
    public static ExtractionEvaluator ForHtml() => new(html => HtmlArticleExtractor.Default.Extract(html).Text);

    /// <summary>Extracts every page (in parallel) and scores it; keeps up to <paramref name="examples"/> mistakes of each kind.</summary>
    /// <exception cref="EvaldataException">A page's file cannot be read.</exception>
    /// <param name="warm">Extract every page once, untimed, before the scored pass: the timings then show the steady
    /// state, not the first compilations of a just-started runtime.</param>
    public ExtractionReport Evaluate(ExtractionCorpus corpus, int threads, int examples, bool warm = false, CancellationToken cancellationToken = default)
    {
        threads = Math.Max(1, threads);
        WarmUp();
        var items = corpus.Items;
        if (warm)
            WarmUp(items, threads, cancellationToken);
        var results = new ExtractionItemResult[items.Length];
        var unreadable = new string?[items.Length];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, i =>
        {
            byte[] html;
            try
            {
                html = CorpusFiles.Read(items[i].Path);
            }
            catch (Exception error) when (error is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                unreadable[i] = $"{items[i].Path}: cannot read the page: {error.Message}";
                return;
            }
            results[i] = Run(items[i], html);
        });
        clock.Stop();
        if (unreadable.FirstOrDefault(u => u is not null) is { } problem)
            throw new EvaldataException(problem);
        return new ExtractionReport(
            corpus.Source,
            results.Aggregate(default(ConfusionMatrix), (sum, r) => sum + r.Score.Counts),
            threads,
            warm,
            clock.Elapsed.TotalSeconds,
            [.. results],
            examples == 0 ? [] : Examples(results, examples));
    }

    /// <summary>Extracts and scores one page, timing the extraction alone.</summary>
    private ExtractionItemResult Run(ExtractionItem item, byte[] html)
    {
        using var stream = new MemoryStream(html, writable: false);
        var start = Stopwatch.GetTimestamp();
        string? output;
        ExtractionOutcome outcome;
        string? message = null;
        try
        {
            output = extract(stream);
            outcome = string.IsNullOrEmpty(output) ? ExtractionOutcome.NoArticle : ExtractionOutcome.Extracted;
        }
        catch (ExtractionException error)
        {
            output = null;
            outcome = ExtractionOutcome.NoArticle;
            message = error.Message;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // One failing page scores as a full miss and the run goes on; the report counts it.
            output = null;
            outcome = ExtractionOutcome.Crashed;
            message = $"{error.GetType().Name}: {error.Message}";
        }
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new ExtractionItemResult(item, outcome, ExtractionScorer.Score(item, outcome == ExtractionOutcome.Extracted ? output : null), seconds, message);
    }

    private void WarmUp(ImmutableArray<ExtractionItem> items, int threads, CancellationToken cancellationToken) =>
        Parallel.ForEach(items, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, item =>
        {
            try
            {
                using var stream = new MemoryStream(CorpusFiles.Read(item.Path), writable: false);
                extract(stream);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The scored pass meets and reports the same failure.
            }
        });

    private void WarmUp()
    {
        try
        {
            using var stream = new MemoryStream(WarmUpPage, writable: false);
            extract(stream);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A failure here shows again, counted, on the pages themselves.
        }
    }

    /// <summary>The first mistakes of each kind in page order. Snippets lost with a whole page are not listed as missed:
    /// the page is listed once, as no article or a crash.</summary>
    private static ImmutableArray<ExtractionError> Examples(ExtractionItemResult[] results, int examples)
    {
        IEnumerable<ExtractionError> Of(ExtractionErrorKind kind) => kind switch
        {
            ExtractionErrorKind.Missed => results.Where(r => r.Outcome == ExtractionOutcome.Extracted)
                .SelectMany(r => r.Score.Missed.Select(s => new ExtractionError(kind, r.Item.File, s))),
            ExtractionErrorKind.Leaked => results.SelectMany(r => r.Score.Leaked.Select(s => new ExtractionError(kind, r.Item.File, s))),
            ExtractionErrorKind.NoArticle => results.Where(r => r.Outcome == ExtractionOutcome.NoArticle).Select(r => new ExtractionError(kind, r.Item.File, r.Message ?? "no text")),
            _ => results.Where(r => r.Outcome == ExtractionOutcome.Crashed).Select(r => new ExtractionError(kind, r.Item.File, r.Message!)),
        };
        return [.. Enum.GetValues<ExtractionErrorKind>().SelectMany(kind => Of(kind).Take(examples))];
    }
}
