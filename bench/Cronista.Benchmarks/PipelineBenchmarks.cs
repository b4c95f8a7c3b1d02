using BenchmarkDotNet.Attributes;
using Cronista.Core;

namespace Cronista.Benchmarks;

/// <summary>The whole default pipeline over one article.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Analyzer _analyzer = null!;
    private Document _document = null!;

    [Params("it", "en")]
    public string Language { get; set; } = "it";

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = Analyzer.CreateDefault();
        _document = BenchmarkArticles.Document(Language);
    }

    [Benchmark]
    public Document Analyze() => _analyzer.Analyze(_document);
}

/// <summary>Building the analyzer: loading every stage's data, as each process does once at start-up.</summary>
[MemoryDiagnoser]
public class AnalyzerStartupBenchmarks
{
    [Benchmark]
    public Analyzer CreateDefault() => Analyzer.CreateDefault();
}
