using System.Collections.Immutable;

namespace Cronista.Eval.Ner;

/// <summary>Entity-level precision, recall and F1 with conlleval semantics.</summary>
/// <remarks>
/// A predicted entity is correct when a gold entity has exactly the same first token, last token and type.
/// Precision = correct / predicted entities, recall = correct / gold entities, F1 = 2PR / (P + R); micro
/// figures count every entity of the evaluated types, per-type figures only those of the type.
/// Entities of types outside the evaluated set are not counted.
/// </remarks>
internal static class EntityScorer
{
    /// <summary>The entity-level scores of the tagged sentences.</summary>
    public static EntityScores Score(IReadOnlyList<TaggedSentence> sentences, ImmutableArray<string> types)
    {
        var counts = types.ToDictionary(t => t, _ => new PrfScore());
        for (var s = 0; s < sentences.Count; s++)
        {
            if (sentences[s].Gold.Length != sentences[s].Predicted.Length)
                throw new ArgumentException($"Sentence {s} has {sentences[s].Gold.Length} gold tags but {sentences[s].Predicted.Length} predicted ones.", nameof(sentences));
            var gold = Chunker.Chunks(sentences[s].Gold, s).Where(c => counts.ContainsKey(c.Type)).ToHashSet();
            var predicted = Chunker.Chunks(sentences[s].Predicted, s).Where(c => counts.ContainsKey(c.Type)).ToList();
            foreach (var chunk in gold)
                counts[chunk.Type] += new PrfScore(0, 0, 1);
            foreach (var chunk in predicted)
                counts[chunk.Type] += new PrfScore(gold.Contains(chunk) ? 1 : 0, 1, 0);
        }
        var micro = counts.Values.Aggregate(new PrfScore(), (a, b) => a + b);
        return new EntityScores(micro, counts.ToImmutableDictionary());
    }
}
