using System.Diagnostics;
using System.Text;
using Cronista.Core;

namespace Cronista.Benchmarks.Throughput;

/// <summary>One timed pass of the pipeline over the repeated articles.</summary>
/// <param name="Threads">Articles analysed at once.</param>
/// <param name="Articles">Articles analysed without error; failed ones count in no rate.</param>
/// <param name="Bytes">UTF-8 bytes of the text of those articles.</param>
/// <param name="Tokens">Tokens in the tokens layer of the articles that succeeded.</param>
/// <param name="Failed">Articles the pipeline threw on.</param>
/// <param name="FirstError">The first failure, when any.</param>
/// <param name="Seconds">Wall-clock time.</param>
/// <param name="GcPauseSeconds">How long the garbage collector paused the program during the run.</param>
internal sealed record ThroughputRun(int Threads, int Articles, long Bytes, long Tokens, int Failed, string? FirstError, double Seconds, double GcPauseSeconds)
{
    private const double Megabyte = 1_000_000;

    /// <summary>Articles per second, all threads together.</summary>
    public double ArticlesPerSecond => Articles / Seconds;

    /// <summary>Tokens per second, all threads together.</summary>
    public double TokensPerSecond => Tokens / Seconds;

    /// <summary>Megabytes (10^6 bytes of UTF-8 text) per second, all threads together.</summary>
    public double MegabytesPerSecond => Bytes / Megabyte / Seconds;

    /// <summary>Runs the analyzer over the articles with the given parallelism.</summary>
    public static ThroughputRun Measure(Analyzer analyzer, IReadOnlyList<SampleArticle> articles, int threads)
    {
        var sizes = articles.Select(a => (long)Encoding.UTF8.GetByteCount(a.Text)).ToArray();
        long tokens = 0, bytes = 0;
        var failed = 0;
        string? firstError = null;
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            try
            {
                var document = analyzer.Analyze(articles[i].ToDocument());
                Interlocked.Add(ref tokens, document.TryGet(Layers.Tokens, out var found) ? found.Length : 0);
                Interlocked.Add(ref bytes, sizes[i]);
            }
            catch (Exception error)
            {
                // One bad article never stops the run; the report counts failures.
                if (Interlocked.Increment(ref failed) == 1)
                    firstError = $"{articles[i].Path}: {error.GetType().Name}: {error.Message}";
            }
        });
        clock.Stop();
        return new ThroughputRun(threads, articles.Count - failed, bytes, tokens, failed, firstError, clock.Elapsed.TotalSeconds,
            (GC.GetTotalPauseDuration() - paused).TotalSeconds);
    }
}
