using System.Collections.Immutable;
using Cronista.Core;

namespace Cronista.Eval.Attributions;

/// <summary>Counts for one role under one matching: gold spans, predicted spans, and the pairs matched one to one.</summary>
internal sealed class SpanCounts
{
    public int Gold { get; set; }

    public int Predicted { get; set; }

    public int Matched { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores the spans of each role, independently of which attribution they belong to, exactly and on heads.</summary>
internal static class AttributionScore
{
    /// <summary>Adds one document's spans of a role to the exact and head counts.</summary>
    public static void Add(string text, AttributionRole role, List<ImmutableArray<TextSpan>> gold, List<ImmutableArray<TextSpan>> predicted, SpanCounts exact, SpanCounts head)
    {
        var g = gold.Select(s => SpanMatching.Normalize(text, s)).Where(s => !s.IsEmpty).ToList();
        var p = predicted.Select(s => SpanMatching.Normalize(text, s)).Where(s => !s.IsEmpty).ToList();
        exact.Gold += g.Count;
        exact.Predicted += p.Count;
        head.Gold += g.Count;
        head.Predicted += p.Count;
        exact.Matched += Match(g, p, (a, b) => a.SequenceEqual(b));
        head.Matched += Match(g, p, (a, b) => SpanMatching.HeadMatch(text, role, a, b));
    }

    /// <summary>Greedy one-to-one matching in text order: each gold span takes the first unmatched prediction that fits.</summary>
    private static int Match(List<ImmutableArray<TextSpan>> gold, List<ImmutableArray<TextSpan>> predicted, Func<ImmutableArray<TextSpan>, ImmutableArray<TextSpan>, bool> fits)
    {
        var taken = new bool[predicted.Count];
        var matched = 0;
        foreach (var g in gold.OrderBy(s => s[0].Start))
        {
            for (var i = 0; i < predicted.Count; i++)
            {
                if (!taken[i] && fits(g, predicted[i]))
                {
                    taken[i] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }
}
