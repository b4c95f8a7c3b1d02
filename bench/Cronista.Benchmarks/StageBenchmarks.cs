using BenchmarkDotNet.Attributes;
using Cronista.Core;

namespace Cronista.Benchmarks;

/// <summary>Each stage of the default pipeline alone, on an article that the stages before it have already processed.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IStage _stage = null!;
    private Document _input = null!;

    /// <summary>The stage names of the default pipeline, in order.</summary>
    public static IEnumerable<string> StageNames() => Analyzer.CreateDefault().Pipeline.Stages.Select(s => s.Name);

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    [Params("it", "en")]
    public string Language { get; set; } = "it";

    [GlobalSetup]
    public void Setup()
    {
        var stages = Analyzer.CreateDefault().Pipeline.Stages;
        var index = stages.Select(s => s.Name).ToList().IndexOf(Stage);
        if (index < 0)
            throw new InvalidOperationException($"No stage '{Stage}' in the default pipeline.");
        _stage = stages[index];
        var document = BenchmarkArticles.Document(Language);
        foreach (var earlier in stages.Take(index))
            document = earlier.Process(document, CancellationToken.None);
        _input = document;
    }

    [Benchmark]
    public Document Process() => _stage.Process(_input, CancellationToken.None);
}
