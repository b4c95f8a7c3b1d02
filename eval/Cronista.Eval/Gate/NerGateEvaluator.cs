using Cronista.Eval.Ner;

namespace Cronista.Eval.Gate;

/// <summary>The "ner" section: entity recognition scored against a gold file.</summary>
/// <remarks>
/// Entry settings: "gold" (path under the shared folder, required), "format" (conll|kind|germeval, else detected),
/// "lang" (else read from the path), "demonyms" (misc|ignore, else the format's default), "limit" (first N sentences),
/// "held_out_every" (score only every n-th sentence: the part a model trained on the rest of the file never saw).
/// </remarks>
internal sealed class NerGateEvaluator(Func<NerEvaluator> evaluator, int threads) : IGateEvaluator
{
    private readonly Lazy<NerEvaluator> _evaluator = new(evaluator);

    public string Section => "ner";

    public IReadOnlyDictionary<string, double> Measure(BaselineEntry entry, string sharedRoot, CancellationToken cancellationToken)
    {
        var path = Baseline.SharedPath(entry, "gold", sharedRoot, "gold file");
        NerFormat? format = null;
        if (Baseline.Text(entry, "format") is { } formatName)
            format = NerFormats.TryParse(formatName, out var parsed) ? parsed
                : throw new BaselineException($"'{entry.FullName}': unknown format '{formatName}'; use {string.Join("|", NerFormats.Names)}.");
        DemonymPolicy? demonyms = null;
        if (Baseline.Text(entry, "demonyms") is { } demonymName)
            demonyms = DemonymPolicies.TryParse(demonymName, out var parsed) ? parsed
                : throw new BaselineException($"'{entry.FullName}': unknown demonyms '{demonymName}'; use {string.Join("|", DemonymPolicies.Names)}.");
        var language = Baseline.Text(entry, "lang") ?? GoldLanguage.FromPath(path)
            ?? throw new BaselineException($"'{entry.FullName}': cannot tell the language from '{path}'; add \"lang\".");
        GoldCorpus corpus;
        try
        {
            corpus = GoldReader.Read(path, format);
        }
        catch (GoldFormatException error)
        {
            throw new BaselineException(error.Message);
        }
        if (Baseline.Integer(entry, "held_out_every") is { } every)
            corpus = HeldOut.Select(corpus, every, heldOut: true);
        if (Baseline.Integer(entry, "limit") is { } limit)
            corpus = corpus.Take(limit);
        var report = _evaluator.Value.Evaluate(corpus, new NerRunOptions(language, MentionPolicy.For(corpus.Format, demonyms), threads), cancellationToken);
        return report.Metrics;
    }
}
