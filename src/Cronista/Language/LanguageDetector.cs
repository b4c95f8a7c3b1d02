using Cronista.Core;

namespace Cronista.Language;

/// <summary>Decides which supported language a text is written in, or that it is in none of them ("und").</summary>
/// <remarks>
/// Reads at most the first <see cref="LanguageEvidence.MaxCharsRead"/> characters. The model is loaded on first use,
/// once, and is read-only afterwards, so one detector serves every thread.
/// </remarks>
internal sealed class LanguageDetector
{
    /// <summary>The model compiled into the assembly (models/langid/langid.tsv.gz in the repository).</summary>
    public const string EmbeddedModel = "models/langid/langid.tsv.gz";

    private readonly Lazy<LanguageModel> _model;

    /// <summary>A detector over the model compiled into the assembly, loaded on first use.</summary>
    public LanguageDetector()
        : this(() => new LanguageModel(LanguageModelFile.Read(ResourceFiles.Open(EmbeddedModel), EmbeddedModel)))
    {
    }

    /// <summary>A detector over a model already in memory.</summary>
    public LanguageDetector(LanguageModel model)
        : this(() => model)
    {
    }

    private LanguageDetector(Func<LanguageModel> load) =>
        _model = new Lazy<LanguageModel>(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model, loading it if this is the first call.</summary>
    public LanguageModel Model => _model.Value;

    /// <summary>The most likely language of the text, with the softmax probability as confidence; "und" with confidence 0 when the text has too few letters or fits no language well.</summary>
    public LanguageIdentification Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var model = Model;
        var calibration = model.Calibration;
        var (evidence, letters) = LanguageEvidence.Extract(text);
        if (letters < calibration.MinLetters)
            return Undetermined;
        var (logLikelihood, ngrams) = model.Score(evidence);
        var best = 0;
        for (var l = 1; l < logLikelihood.Length; l++)
        {
            if (logLikelihood[l] > logLikelihood[best])
                best = l;
        }
        if (!calibration.IsPlausible(best, logLikelihood[best], ngrams))
            return Undetermined;
        var confidence = Posterior(logLikelihood, best, calibration.Temperature);
        return new LanguageIdentification(model.Languages[best], Math.Round(confidence, 4), "detected");
    }

    private static LanguageIdentification Undetermined { get; } = new(SupportedLanguages.Undetermined, 0, "detected");

    /// <summary>The softmax probability of one language, with log-likelihoods divided by the temperature.</summary>
    public static double Posterior(IReadOnlyList<double> logLikelihood, int language, double temperature)
    {
        var sum = 0.0;
        foreach (var value in logLikelihood)
            sum += Math.Exp((value - logLikelihood[language]) / temperature);
        return 1 / sum;
    }
}
