using Cronista.Eval.Specs;

namespace Cronista.Eval.Gate;

/// <summary>The "specs" section: the share of a spec file's cases that hold (a corpus of another project turned into specs).</summary>
/// <remarks>Entry settings: "file" (the spec file, relative to the folder the gate runs in: the repository). Metric: pass_rate.</remarks>
internal sealed class SpecGateEvaluator(Func<SpecEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<SpecEvaluator> _evaluator = new(evaluator);

    public string Section => "specs";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var file = Baseline.Text(entry, "file")
            ?? throw new BaselineException($"'{entry.FullName}' needs \"file\": the spec file's path in the repository.");
        if (!File.Exists(file))
            throw new BaselineException($"spec file '{Path.GetFullPath(file)}' not found; check \"file\" in '{entry.FullName}' (it is relative to the repository).");
        try
        {
            var report = _evaluator.Value.Evaluate(file, threads, cancellationToken);
            return new Dictionary<string, double> { ["pass_rate"] = report.PassRate, ["passed"] = report.Passed, ["cases"] = report.Cases };
        }
        catch (FormatException error)
        {
            throw new BaselineException($"'{entry.FullName}': {error.Message}");
        }
    }
}
