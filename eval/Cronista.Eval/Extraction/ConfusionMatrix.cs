namespace Cronista.Eval.Extraction;

/// <summary>Snippet counts of trafilatura's benchmark, and the scores it derives from them.</summary>
/// <param name="TruePositives">"with" snippets found in the output.</param>
/// <param name="FalsePositives">"without" snippets found in the output: boilerplate that leaked.</param>
/// <param name="FalseNegatives">"with" snippets missing from the output.</param>
/// <param name="TrueNegatives">"without" snippets kept out of the output.</param>
/// <remarks>A ratio with a zero denominator is 0, as in eval_common.ConfusionMatrix.</remarks>
internal readonly record struct ConfusionMatrix(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Every snippet counted.</summary>
    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>(TP + TN) / all snippets.</summary>
    public double Accuracy => Total == 0 ? 0 : (double)(TruePositives + TrueNegatives) / Total;

    /// <summary>2PR / (P + R), computed as 2·TP / (2·TP + FP + FN) as the reference does: the same value, and 0 rather
    /// than a division by zero when nothing was found.</summary>
    public double F1 => 2 * TruePositives + FalsePositives + FalseNegatives == 0
        ? 0
        : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>The counts of both added together.</summary>
    public static ConfusionMatrix operator +(ConfusionMatrix a, ConfusionMatrix b) => new(
        a.TruePositives + b.TruePositives,
        a.FalsePositives + b.FalsePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.TrueNegatives + b.TrueNegatives);
}
