using Cronista.Eval.Events;

namespace Cronista.Eval.Gate;

/// <summary>The "events" section: PLOVER event type and actor codes scored against a PLOVER gold file.</summary>
/// <remarks>Entry settings: "gold" (a PLOVER JSON file under the shared folder). Metrics are those of
/// <see cref="PloverScore.Metrics"/>: event_accuracy, source_accuracy, target_accuracy, all_accuracy ….</remarks>
internal sealed class EventsGateEvaluator(Func<PloverEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<PloverEvaluator> _evaluator = new(evaluator);

    public string Section => "events";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var gold = Baseline.SharedPath(entry, "gold", sharedRoot, "PLOVER JSON file");
        try
        {
            return _evaluator.Value.Evaluate(gold, threads, cancellationToken).Metrics;
        }
        catch (Exception problem) when (problem is InvalidDataException or FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BaselineException($"'{entry.FullName}': {problem.Message}");
        }
    }
}
