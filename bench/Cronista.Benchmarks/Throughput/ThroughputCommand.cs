using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Cronista.Core;
using Spectre.Console;

namespace Cronista.Benchmarks.Throughput;

/// <summary>End-to-end throughput: the full pipeline over the sample articles, one thread and then all cores.</summary>
internal static class ThroughputCommand
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);

    private const string Usage = "usage: throughput [--samples DIR] [--min-mb N] [--threads N] [--lang it|en|de|fr] [--through STAGE] [--model-entities] [--stages] [--json]";

    /// <summary>Runs the measurement; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            error.WriteLine($"throughput: {problem}");
            error.WriteLine(Usage);
            return 2;
        }
        if (!Directory.Exists(options.Samples))
        {
            error.WriteLine($"throughput: samples folder '{options.Samples}' not found; run from the repository root or pass --samples DIR.");
            return 1;
        }
        var distinct = SampleArticles.Load(options.Samples, options.Language).Where(a => a.Text.Length > 0).ToList();
        if (distinct.Count == 0)
        {
            error.WriteLine($"throughput: no articles under '{options.Samples}' (plain .txt files); add some or pass --samples DIR.");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        Analyzer analyzer;
        try
        {
            analyzer = Analyzer.Create(new AnalyzerOptions(options.ModelEntities, options.Through));
        }
        catch (ArgumentException unknown)
        {
            error.WriteLine($"throughput: {unknown.Message}");
            return 2;
        }
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var modelLoad = ModelLoading.Measure();

        var articles = Repeat(distinct, (long)(options.MinMegabytes * 1_000_000));
        WarmUp(analyzer, distinct);
        var runs = new List<ThroughputRun> { ThroughputRun.Measure(analyzer, articles, 1) };
        if (options.Threads > 1)
            runs.Add(ThroughputRun.Measure(analyzer, articles, options.Threads));
        var stageTimes = options.Stages ? StageTimes.Measure(analyzer, articles) : null;
        var peak = PeakMemory.Megabytes();

        var report = new JsonObject
        {
            ["samples"] = options.Samples,
            ["distinct_articles"] = distinct.Count,
            ["declared_language"] = distinct.Count(a => a.Language is not null),
            ["articles"] = articles.Count,
            ["mb"] = Round(articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text)) / 1_000_000.0, 3),
            ["processor_count"] = Environment.ProcessorCount,
            ["analyzer_build_seconds"] = Round(buildSeconds, 3),
            ["through_stage"] = options.Through ?? analyzer.Pipeline.Stages[^1].Name,
            ["model_load_seconds"] = modelLoad.Seconds,
            ["model_memory_mb"] = modelLoad.Megabytes,
            ["peak_memory_mb"] = peak is { } p ? Round(p, 1) : null,
            ["runs"] = new JsonArray([.. runs.Select(ToJson)]),
        };
        if (stageTimes is not null)
        {
            report["stage_seconds"] = new JsonObject(stageTimes.Select(t => KeyValuePair.Create(t.Stage, (JsonNode?)Round(t.Seconds, 3))));
            report["stage_allocated_mb"] = new JsonObject(stageTimes.Select(t => KeyValuePair.Create(t.Stage, (JsonNode?)Round(t.AllocatedMegabytes, 1))));
        }
        if (options.Json)
            output.WriteLine(report.ToJsonString());
        else
            WriteTable(output, report, runs);
        var failed = runs.Max(r => r.Failed);
        if (failed > 0)
        {
            error.WriteLine($"throughput: {failed} of {articles.Count} articles failed and count in no rate; first: {runs.First(r => r.Failed > 0).FirstError}");
            return 1;
        }
        return 0;
    }

    /// <summary>Analyses articles untimed for a few seconds, so the timed runs see code the JIT has fully optimised.</summary>
    /// <remarks>
    /// Tiered compilation first runs quickly compiled code and recompiles hot methods in the background after 30
    /// calls; measured on the skeleton pipeline, the first few thousand articles run several times slower.
    /// </remarks>
    private static void WarmUp(Analyzer analyzer, IReadOnlyList<SampleArticle> distinct)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < WarmUpTime; i++)
        {
            try
            {
                analyzer.Analyze(distinct[i % distinct.Count].ToDocument());
            }
            catch (Exception)
            {
                // Failures are counted by the timed runs.
            }
        }
    }

    private static List<SampleArticle> Repeat(IReadOnlyList<SampleArticle> distinct, long minimumBytes)
    {
        var repeated = new List<SampleArticle>();
        long bytes = 0;
        while (bytes < minimumBytes || repeated.Count < distinct.Count)
        {
            var article = distinct[repeated.Count % distinct.Count];
            repeated.Add(article);
            bytes += Encoding.UTF8.GetByteCount(article.Text);
        }
        return repeated;
    }

    private static JsonObject ToJson(ThroughputRun run) => new()
    {
        ["threads"] = run.Threads,
        ["seconds"] = Round(run.Seconds, 3),
        ["gc_pause_seconds"] = Round(run.GcPauseSeconds, 3),
        ["articles"] = run.Articles,
        ["tokens"] = run.Tokens,
        ["failed"] = run.Failed,
        ["articles_per_second"] = Round(run.ArticlesPerSecond, 1),
        ["tokens_per_second"] = Round(run.TokensPerSecond, 0),
        ["mb_per_second"] = Round(run.MegabytesPerSecond, 3),
        ["articles_per_second_per_core"] = Round(run.ArticlesPerSecond / run.Threads, 1),
        ["tokens_per_second_per_core"] = Round(run.TokensPerSecond / run.Threads, 0),
        ["mb_per_second_per_core"] = Round(run.MegabytesPerSecond / run.Threads, 3),
    };

    private static void WriteTable(TextWriter output, JsonObject report, IReadOnlyList<ThroughputRun> runs)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 160;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report["distinct_articles"]} distinct articles ({report["declared_language"]} with a language from their path or --lang), repeated to {report["articles"]} articles, {report["mb"]} MB; analyzer built in {report["analyzer_build_seconds"]} s"));
        var table = new Table().Border(TableBorder.Rounded).AddColumn("threads");
        foreach (var column in new[] { "seconds", "GC pauses", "articles/s", "tokens/s", "MB/s", "articles/s/core", "tokens/s/core", "MB/s/core", "failed" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var run in runs)
        {
            table.AddRow(
                run.Threads.ToString(CultureInfo.InvariantCulture),
                F(run.Seconds, "0.00"),
                F(run.GcPauseSeconds, "0.00"),
                F(run.ArticlesPerSecond, "N1"),
                F(run.TokensPerSecond, "N0"),
                F(run.MegabytesPerSecond, "0.000"),
                F(run.ArticlesPerSecond / run.Threads, "N1"),
                F(run.TokensPerSecond / run.Threads, "N0"),
                F(run.MegabytesPerSecond / run.Threads, "0.000"),
                run.Failed.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
        if (report["stage_seconds"] is JsonObject stages)
        {
            var total = stages.Sum(p => (double)p.Value!);
            console.WriteLine("time per stage, one thread: " + string.Join(", ", stages.Select(p => $"{p.Key} {(double)p.Value!:F2} s ({(double)p.Value! / total:P0})")));
            var allocated = (JsonObject)report["stage_allocated_mb"]!;
            console.WriteLine("allocated per stage: " + string.Join(", ", allocated.Select(p => $"{p.Key} {(double)p.Value!:F0} MB")));
        }
        var loadSeconds = (JsonObject)report["model_load_seconds"]!;
        var loadMegabytes = (JsonObject)report["model_memory_mb"]!;
        console.WriteLine("models per language, cold load and managed memory kept: "
                          + string.Join(", ", loadSeconds.Select(p => $"{p.Key} {p.Value} s, {loadMegabytes[p.Key]} MB")));
        console.WriteLine(report["peak_memory_mb"] is { } peak ? $"peak memory (VmHWM): {peak} MB" : "peak memory: not available on this system");
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static double Round(double value, int decimals) => Math.Round(value, decimals);

    private sealed record Options(string Samples, double MinMegabytes, int Threads, string? Language, bool Json, string? Through = null, bool ModelEntities = false, bool Stages = false);

    private static bool TryParse(string[] args, out Options options, out string? problem)
    {
        options = new Options("samples", 10, Environment.ProcessorCount, null, false);
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (option)
            {
                case "--samples" when Value() is { } folder:
                    options = options with { Samples = folder };
                    break;
                case "--min-mb" when double.TryParse(Value(), NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) && mb > 0:
                    options = options with { MinMegabytes = mb };
                    break;
                case "--threads" when int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var threads) && threads > 0:
                    options = options with { Threads = threads };
                    break;
                case "--lang" when Value() is { } language && SupportedLanguages.IsSupported(language):
                    options = options with { Language = language };
                    break;
                case "--model-entities":
                    options = options with { ModelEntities = true };
                    break;
                case "--through" when Value() is { } stage:
                    options = options with { Through = stage };
                    break;
                case "--stages":
                    options = options with { Stages = true };
                    break;
                case "--json":
                    options = options with { Json = true };
                    break;
                default:
                    problem = $"'{option}' is not an option or lacks a valid value";
                    return false;
            }
        }
        return true;
    }
}
