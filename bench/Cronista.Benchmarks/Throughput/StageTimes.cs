using System.Diagnostics;
using Cronista.Core;

namespace Cronista.Benchmarks.Throughput;

/// <summary>Where the time goes: each stage of the pipeline timed separately over the articles, on one thread.</summary>
internal static class StageTimes
{
    /// <summary>Seconds spent in each stage and megabytes it allocated, in pipeline order; an article a stage throws on stops there.</summary>
    public static List<(string Stage, double Seconds, double AllocatedMegabytes)> Measure(Analyzer analyzer, IReadOnlyList<SampleArticle> articles)
    {
        var stages = analyzer.Pipeline.Stages;
        var ticks = new long[stages.Length];
        var bytes = new long[stages.Length];
        foreach (var article in articles)
        {
            var document = article.ToDocument();
            try
            {
                for (var s = 0; s < stages.Length; s++)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    document = stages[s].Process(document, CancellationToken.None);
                    ticks[s] += Stopwatch.GetTimestamp() - start;
                    bytes[s] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
            catch (Exception)
            {
                // The timed runs count and report failures.
            }
        }
        return [.. stages.Select((stage, s) => (stage.Name, (double)ticks[s] / Stopwatch.Frequency, bytes[s] / 1e6))];
    }
}
