using System.Collections.Immutable;

namespace Cronista.Eval.Ner;

/// <summary>Token-level scores computed exactly as KIND's official scorer, get-results.py, computes them.</summary>
/// <remarks>
/// get-results.py reads one label per token from the gold and the predicted file, upper-cases it, removes the
/// B-/I- prefix and anything after '|', so "B-PER" and "I-PER" are both PER, and then prints scikit-learn's
/// classification_report over the labels PER, LOC, ORG with zero_division=0. That is, per label L:
/// precision = |gold=L ∧ pred=L| / |pred=L|, recall = |gold=L ∧ pred=L| / |gold=L|, F1 their harmonic mean,
/// support = |gold=L|; "micro avg" sums those counts over the labels, "macro avg" is the unweighted mean of
/// the per-label precision, recall and F1, "weighted avg" their mean weighted by support. Tokens labelled
/// outside the label set (O, and here any type not evaluated) count only as misses of the gold label.
/// The label set is the gold format's evaluated types, which for KIND is exactly PER, LOC, ORG.
/// </remarks>
internal static class TokenScorer
{
    /// <summary>The token-level scores of the tagged sentences.</summary>
    public static TokenScores Score(IReadOnlyList<TaggedSentence> sentences, ImmutableArray<string> types)
    {
        var truePositives = types.ToDictionary(t => t, _ => 0);
        var predicted = types.ToDictionary(t => t, _ => 0);
        var gold = types.ToDictionary(t => t, _ => 0);
        foreach (var sentence in sentences)
        {
            if (sentence.Gold.Length != sentence.Predicted.Length)
                throw new ArgumentException("A sentence has different numbers of gold and predicted tags.", nameof(sentences));
            for (var i = 0; i < sentence.Gold.Length; i++)
            {
                var g = sentence.Gold[i].Label;
                var p = sentence.Predicted[i].Label;
                if (gold.ContainsKey(g))
                    gold[g]++;
                if (predicted.ContainsKey(p))
                    predicted[p]++;
                if (g == p && truePositives.ContainsKey(g))
                    truePositives[g]++;
            }
        }
        var perType = types.ToImmutableDictionary(t => t, t => new PrfScore(truePositives[t], predicted[t], gold[t]));
        var micro = perType.Values.Aggregate(new PrfScore(), (a, b) => a + b);
        var scores = types.Select(t => perType[t]).ToList();
        var macro = scores.Count == 0
            ? new PrfAverage(0, 0, 0)
            : new PrfAverage(scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1));
        var support = scores.Sum(s => s.Gold);
        var weighted = support == 0
            ? new PrfAverage(0, 0, 0)
            : new PrfAverage(
                scores.Sum(s => s.Precision * s.Gold) / support,
                scores.Sum(s => s.Recall * s.Gold) / support,
                scores.Sum(s => s.F1 * s.Gold) / support);
        return new TokenScores(micro, macro, weighted, perType);
    }
}
