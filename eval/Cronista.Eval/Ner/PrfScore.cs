namespace Cronista.Eval.Ner;

/// <summary>Counts behind one precision/recall/F1 figure.</summary>
/// <param name="TruePositives">Predictions that match the gold.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="Gold">All gold items (the support).</param>
/// <remarks>A ratio with a zero denominator is 0, as in conlleval and in scikit-learn with zero_division=0.</remarks>
internal readonly record struct PrfScore(int TruePositives, int Predicted, int Gold)
{
    /// <summary>TP / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    /// <summary>TP / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    /// <summary>The harmonic mean of precision and recall, 2·TP / (predicted + gold).</summary>
    public double F1 => Predicted + Gold == 0 ? 0 : 2.0 * TruePositives / (Predicted + Gold);

    /// <summary>The counts of both added together.</summary>
    public static PrfScore operator +(PrfScore a, PrfScore b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

/// <summary>A precision/recall/F1 triple that is an average of other scores rather than a ratio of counts.</summary>
internal readonly record struct PrfAverage(double Precision, double Recall, double F1);
