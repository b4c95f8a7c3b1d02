namespace Cronista.Language;

/// <summary>What a language model file holds: the languages, the n-gram counts kept after pruning, and the calibration.</summary>
/// <param name="Languages">ISO 639-1 codes, in the order of every per-language array.</param>
/// <param name="MaxOrder">The longest n-gram the model reads.</param>
/// <param name="Smoothing">The k of add-k smoothing.</param>
/// <param name="Totals">Per order (index 0 = unigrams), per language: how many n-grams training saw, before pruning.</param>
/// <param name="Vocabulary">Per order: how many distinct n-grams training saw, before pruning.</param>
/// <param name="Counts">The n-grams kept, by key (see <see cref="CharNgrams.Pack"/>), with one count per language.</param>
/// <param name="Calibration">The numbers that turn scores into a decision.</param>
internal sealed record LanguageModelData(
    IReadOnlyList<string> Languages,
    int MaxOrder,
    double Smoothing,
    IReadOnlyList<long[]> Totals,
    IReadOnlyList<long> Vocabulary,
    IReadOnlyDictionary<ulong, int[]> Counts,
    LanguageCalibration Calibration)
{
    /// <summary>A copy with other calibration numbers.</summary>
    public LanguageModelData With(LanguageCalibration calibration) => this with { Calibration = calibration };
}
