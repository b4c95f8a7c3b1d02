using Cronista.Core;
using Cronista.Eval.Ner;

namespace Cronista.Eval.Ud;

/// <summary>Scores predicted spans against gold spans: a prediction counts when both its ends match a gold span's.</summary>
internal static class SpanScorer
{
    public static PrfScore Score(IEnumerable<TextSpan> gold, IEnumerable<TextSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        var predictedSet = predicted.ToHashSet();
        var matched = predictedSet.Count(goldSet.Contains);
        return new PrfScore(matched, predictedSet.Count, goldSet.Count);
    }
}
