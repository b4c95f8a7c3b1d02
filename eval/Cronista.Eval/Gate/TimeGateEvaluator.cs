using Cronista.Eval.Time;

namespace Cronista.Eval.Gate;

/// <summary>The "time" section: time expressions (extent, type, value) scored on TempEval-3 TimeML files.</summary>
/// <remarks>Entry settings: "gold" (a folder of .tml files or one file, under the shared folder; required). Metrics are
/// those of <see cref="TimexCounts.Metrics"/>: value_f1, relaxed_f1, strict_f1, type_accuracy and the rest.</remarks>
internal sealed class TimeGateEvaluator(Func<TimeEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<TimeEvaluator> _evaluator = new(evaluator);

    public string Section => "time";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var path = Baseline.SharedPath(entry, "gold", sharedRoot, "TimeML folder");
        try
        {
            return _evaluator.Value.Evaluate(path, threads: threads, cancellationToken: cancellationToken).Metrics;
        }
        catch (InvalidDataException error)
        {
            throw new BaselineException($"'{entry.FullName}': {error.Message}");
        }
    }
}
