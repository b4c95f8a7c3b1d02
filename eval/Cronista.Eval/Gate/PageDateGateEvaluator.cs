using Cronista.Eval.Extraction;

namespace Cronista.Eval.Gate;

/// <summary>The "page-dates" section: publication dates read from web pages, scored against a gold list.</summary>
/// <remarks>Entry settings: "gold" (the gold TSV, relative to the working directory, which is the repository root when
/// the gate runs from eval/quality-gate.sh: the list lives in the repository, eval/extraction/page-dates.tsv), "data"
/// (the folder holding evaldata.json and the pages, under the shared folder). Metrics are those of
/// <see cref="PageDateReport.Metrics"/>: accuracy, none_accuracy.</remarks>
internal sealed class PageDateGateEvaluator(Func<PageDateEvaluator> evaluator) : IGateEvaluator
{
    private readonly Lazy<PageDateEvaluator> _evaluator = new(evaluator);

    public string Section => "page-dates";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var gold = Baseline.Text(entry, "gold")
            ?? throw new BaselineException($"'{entry.FullName}' needs \"gold\": the gold list's path in the repository.");
        if (!File.Exists(gold))
            throw new BaselineException($"'{entry.FullName}': gold list '{gold}' not found; it is relative to the repository root, so run the gate from there (eval/quality-gate.sh does).");
        var data = Baseline.SharedPath(entry, "data", sharedRoot, "extraction data folder");
        try
        {
            return _evaluator.Value.Evaluate(gold, PageDateGold.Read(gold), EvaldataReader.Read(data)).Metrics;
        }
        catch (EvaldataException error)
        {
            throw new BaselineException($"'{entry.FullName}': {error.Message}");
        }
    }
}
