using Cronista.Eval.Ner;
using Cronista.Eval.Ud;
using Cronista.Learning.Corpora;

namespace Cronista.Eval.Gate;

/// <summary>The "ud" section: tokens, sentences, parts of speech and lemmas scored on a Universal Dependencies treebank.</summary>
/// <remarks>Entry settings: "gold" (path under the shared folder, required), "lang" (else read from the path). Metrics are
/// those of <see cref="UdReport.Metrics"/>: token_f1, sentence_f1, sentence_f1_colon_joined, upos_accuracy, lemma_accuracy.</remarks>
internal sealed class UdGateEvaluator(Func<UdEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<UdEvaluator> _evaluator = new(evaluator);

    public string Section => "ud";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var path = Baseline.SharedPath(entry, "gold", sharedRoot, "treebank file");
        var language = Baseline.Text(entry, "lang") ?? GoldLanguage.FromPath(path)
            ?? throw new BaselineException($"'{entry.FullName}': cannot tell the language from '{path}'; add \"lang\".");
        try
        {
            var documents = UdGoldText.Build(ConlluReader.Read(path), Path.GetFileName(path));
            return _evaluator.Value.Evaluate(path, language, documents, threads, examples: 0, cancellationToken).Metrics;
        }
        catch (InvalidDataException error)
        {
            throw new BaselineException($"'{entry.FullName}': {error.Message}");
        }
    }
}
