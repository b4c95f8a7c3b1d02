using Cronista.Eval.Extraction;

namespace Cronista.Eval.Gate;

/// <summary>The "extraction" section: article text extracted from web pages, scored on trafilatura's benchmark.</summary>
/// <remarks>Entry settings: "data" (the folder holding evaldata.json, cache/ and eval/, under the shared folder; required).
/// Metrics are those of <see cref="ExtractionReport.Metrics"/>: f1, precision, recall, accuracy.</remarks>
internal sealed class ExtractionGateEvaluator(Func<ExtractionEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<ExtractionEvaluator> _evaluator = new(evaluator);

    public string Section => "extraction";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var path = Baseline.SharedPath(entry, "data", sharedRoot, "extraction data folder");
        try
        {
            var corpus = EvaldataReader.Read(path);
            return _evaluator.Value.Evaluate(corpus, threads, examples: 0, cancellationToken: cancellationToken).Metrics;
        }
        catch (EvaldataException error)
        {
            throw new BaselineException($"'{entry.FullName}': {error.Message}");
        }
    }
}
