using Cronista.Eval.Attributions;

namespace Cronista.Eval.Gate;

/// <summary>The "attribution" section: source, cue and content spans scored against PolNeAR.</summary>
/// <remarks>Entry settings: "gold" (a PolNeAR split folder holding text/ and attributions/, under the shared folder),
/// "lang". Metrics are those of <see cref="AttributionReport.Metrics"/>: source_exact_f1, cue_head_f1,
/// speech_content_head_f1 ….</remarks>
internal sealed class AttributionGateEvaluator(Func<AttributionEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<AttributionEvaluator> _evaluator = new(evaluator);

    public string Section => "attribution";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var gold = Baseline.SharedPath(entry, "gold", sharedRoot, "PolNeAR split folder");
        var language = Baseline.Text(entry, "lang") ?? "en";
        try
        {
            return _evaluator.Value.Evaluate(gold, PolnearCorpus.Read(gold), language, threads, cancellationToken).Metrics;
        }
        catch (DirectoryNotFoundException error)
        {
            throw new BaselineException($"'{entry.FullName}': {error.Message}");
        }
    }
}
