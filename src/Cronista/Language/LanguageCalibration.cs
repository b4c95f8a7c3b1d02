namespace Cronista.Language;

/// <summary>The numbers, fitted on held-out text, that turn a model's scores into a decision and a confidence.</summary>
/// <param name="MinLetters">Texts with fewer letters than this carry too little evidence and are "und".</param>
/// <param name="Temperature">Divides log-likelihoods before the softmax, because overlapping n-grams are not independent evidence.</param>
/// <param name="MeanLogProb">Per language: the mean log-probability of one n-gram of held-out text in that language.</param>
/// <param name="StdLogProb">Per language: the standard deviation of that log-probability.</param>
/// <param name="Margin">How far (in standard deviations) a long text's mean n-gram log-probability may fall below the language's mean before the text counts as in no known language.</param>
/// <param name="Noise">The extra allowance for short texts, divided by the square root of their n-gram count.</param>
internal sealed record LanguageCalibration(
    int MinLetters,
    double Temperature,
    IReadOnlyList<double> MeanLogProb,
    IReadOnlyList<double> StdLogProb,
    double Margin,
    double Noise)
{
    /// <summary>How far the mean log-probability of the text's n-grams lies from the language's mean, in standard deviations.</summary>
    public double Deviation(int language, double logLikelihood, int ngrams) =>
        ngrams == 0 ? double.NegativeInfinity : (logLikelihood / ngrams - MeanLogProb[language]) / StdLogProb[language];

    /// <summary>The lowest deviation a text of this many n-grams may have and still be in the language.</summary>
    public double MinDeviation(int ngrams) => -(Margin + Noise / Math.Sqrt(Math.Max(1, ngrams)));

    /// <summary>True when the text fits the language about as well as held-out text in it does.</summary>
    public bool IsPlausible(int language, double logLikelihood, int ngrams) =>
        Deviation(language, logLikelihood, ngrams) >= MinDeviation(ngrams);
}
