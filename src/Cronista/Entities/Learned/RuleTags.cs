using System.Collections.Immutable;
using Cronista.Learning.Features;
using Cronista.Learning.Perceptron;
using Cronista.Text;

namespace Cronista.Entities.Learned;

/// <summary>Turns the rule-based recognizer's mentions into per-token tags the model weighs as features
/// ("B-LOC-Name" for a gazetteer place, "I-PER-Description" inside a role description).</summary>
/// <remarks>The rules carry what the model cannot learn from its training set alone: the knowledge base's
/// people, places and organisations, news agencies, countries and role words.</remarks>
internal static class RuleTags
{
    public static void Apply(ImmutableArray<Token> tokens, ImmutableArray<Mention> mentions, TokenAtoms[] atoms)
    {
        var t = 0;
        foreach (var mention in mentions.OrderBy(m => m.Span.Start))
        {
            while (t < tokens.Length && tokens[t].Span.End <= mention.Span.Start)
                t++;
            var tag = $"{mention.Type}-{mention.Kind}{(mention.Link is null ? "" : "-known")}";
            var (begin, inside) = (FeatureHash.Of("B-" + tag), FeatureHash.Of("I-" + tag));
            var first = true;
            for (var k = t; k < tokens.Length && tokens[k].Span.Start < mention.Span.End; k++)
            {
                if (atoms[k].Extra != 0)
                    continue;
                atoms[k].Extra = first ? begin : inside;
                first = false;
            }
        }
    }
}
